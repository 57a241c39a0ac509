// Next.js calls register() once when a server instance starts. Each instance runs its own
// outbox worker (lib/alerts/worker.ts); row locks keep them from sending anything twice.
export async function register() {
  // NEXT_RUNTIME is set by Next.js itself, not by the operator (the documented check).
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { startOutboxWorker } = await import("@/lib/alerts/worker");
  startOutboxWorker();
}
