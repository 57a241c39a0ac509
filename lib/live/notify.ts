import "server-only";

import type { Prisma } from "@/lib/db/generated/client";

// Every command that changes public content calls notifyChange inside its transaction.
// PostgreSQL delivers the notification only if the transaction commits, to every instance's
// LISTEN connection (lib/live/listener.ts), which expires cached pages and feeds SSE clients.

export const LIVE_CHANNEL = "legislation";

export interface ChangeNotice {
  /** What happened, as in the audit log: "statusEvent.recorded", "bill.published", … */
  kind: string;
  /** The bill's slug, when the change concerns one bill (its public tags are expired). */
  slug?: string;
  /** The slug before a rename, so the old page is expired too. */
  previousSlug?: string;
  /** The status event concerned, for live updates of histories. */
  eventId?: string;
  /** The AuditLog row written in the same transaction: the live stream's event id. */
  auditId: number;
}

export async function notifyChange(tx: Prisma.TransactionClient, notice: ChangeNotice): Promise<void> {
  await tx.$executeRaw`SELECT pg_notify(${LIVE_CHANNEL}, ${JSON.stringify(notice)})`;
}
