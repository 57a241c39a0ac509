import { RETRY_AFTER_SECONDS } from "@/lib/http/outage";
import { checkReadiness } from "@/lib/live/readiness";

export const dynamic = "force-dynamic";

// Readiness (the default): 200 when this instance should get traffic, 503 otherwise.
// Liveness (`?probe=liveness`): 200 while the process can answer at all, so an orchestrator
// restarts it only when it is stuck, not when the database is away.
export async function GET(request: Request) {
  const headers = { "Cache-Control": "no-store" };
  if (new URL(request.url).searchParams.get("probe") === "liveness") {
    return Response.json({ status: "ok" }, { headers });
  }
  const readiness = await checkReadiness();
  if (readiness.status === "ok") return Response.json(readiness, { headers });
  return Response.json(readiness, { status: 503, headers: { ...headers, "Retry-After": String(RETRY_AFTER_SECONDS) } });
}
