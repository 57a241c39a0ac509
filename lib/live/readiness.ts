import "server-only";

import { checkHealth, type Health } from "@/lib/db/health";

import { liveStatus, startLive } from "./runtime";

export interface Readiness extends Health {
  /** The LISTEN connection that keeps this instance's cache in step with the others. */
  listener: "connected" | "disconnected";
  /** Present while the instance is shutting down and should get no new traffic. */
  draining?: true;
}

/**
 * Readiness for a load balancer: the database answers and is migrated, this instance hears
 * about changes, and it is not shutting down. Without LISTEN it would still serve correct
 * pages (it stops caching) but browsers connected to it would miss live updates.
 */
export async function checkReadiness(): Promise<Readiness> {
  startLive();
  const health = await checkHealth();
  const live = liveStatus();
  const ready = health.status === "ok" && live.listener === "connected" && !live.draining;
  return {
    ...health,
    status: ready ? "ok" : "unavailable",
    listener: live.listener,
    ...(live.draining ? { draining: true as const } : {}),
  };
}
