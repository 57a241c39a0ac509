import "server-only";

import type { Database } from "@/lib/db/client";
import { publicBillWhere, publicBillWithSlug } from "@/lib/legislation/visibility";

// What the live stream may tell the public. Only changes to bills the public can see right now
// are ever sent: a draft's slug, title or activity never leaves the server.

/** One change as the stream sends it; `id` is the AuditLog row's id, the SSE event id. */
export interface LiveChange {
  id: number;
  kind: string;
  slug: string;
  title: string;
  eventId?: string;
  previousSlug?: string;
}

// Audit actions are "entity.verb" (CONVENTIONS.md); these entities belong to one bill, found
// through the audit row's entityId.
const BILL_ENTITIES = ["bill", "statusEvent", "keyDate"] as const;
type BillEntity = (typeof BILL_ENTITIES)[number];

function entityOf(action: string): BillEntity | null {
  const entity = action.slice(0, action.indexOf("."));
  return (BILL_ENTITIES as readonly string[]).includes(entity) ? (entity as BillEntity) : null;
}

/** The public bill with this slug, as the stream names it, or null for a draft or unknown slug. */
export async function findPublicBill(db: Database, slug: string, now: Date = new Date()): Promise<{ slug: string; title: string } | null> {
  const bill = await db.bill.findFirst({ where: publicBillWithSlug(slug, now), select: { slug: true, shortTitle: true } });
  return bill ? { slug: bill.slug, title: bill.shortTitle } : null;
}

/**
 * Changes to public bills recorded after the audit row `afterId`, oldest first: what a
 * reconnecting client missed. At most `limit`, the most recent ones, since a client only needs
 * to know that something changed and the page it then loads shows the rest.
 */
export async function listPublicChangesAfter(
  db: Database,
  afterId: number,
  { limit = 100, now = new Date() }: { limit?: number; now?: Date } = {},
): Promise<LiveChange[]> {
  const audits = await db.auditLog.findMany({
    where: { id: { gt: afterId }, OR: BILL_ENTITIES.map((entity) => ({ action: { startsWith: `${entity}.` } })) },
    orderBy: { id: "desc" },
    take: limit,
    select: { id: true, action: true, entityId: true },
  });
  if (audits.length === 0) return [];

  const idsOf = (entity: BillEntity) => audits.filter((audit) => entityOf(audit.action) === entity).map((audit) => audit.entityId);
  const [events, keyDates] = await Promise.all([
    db.statusEvent.findMany({ where: { id: { in: idsOf("statusEvent") } }, select: { id: true, billId: true } }),
    db.keyDate.findMany({ where: { id: { in: idsOf("keyDate") } }, select: { id: true, billId: true } }),
  ]);
  const billOfEntity = new Map<string, string | null>([
    ...events.map((event) => [event.id, event.billId] as const),
    ...keyDates.map((keyDate) => [keyDate.id, keyDate.billId] as const),
  ]);
  const billIdOf = (audit: (typeof audits)[number]) =>
    entityOf(audit.action) === "bill" ? audit.entityId : (billOfEntity.get(audit.entityId) ?? null);

  const billIds = [...new Set(audits.map(billIdOf).filter((id): id is string => id !== null))];
  const bills = await db.bill.findMany({
    where: { AND: [{ id: { in: billIds } }, publicBillWhere(now)] },
    select: { id: true, slug: true, shortTitle: true },
  });
  const publicBills = new Map(bills.map((bill) => [bill.id, bill]));

  return audits
    .flatMap((audit): LiveChange[] => {
      const billId = billIdOf(audit);
      const bill = billId ? publicBills.get(billId) : undefined;
      if (!bill) return [];
      const change: LiveChange = { id: audit.id, kind: audit.action, slug: bill.slug, title: bill.shortTitle };
      if (entityOf(audit.action) === "statusEvent") change.eventId = audit.entityId;
      return [change];
    })
    .reverse();
}

/** The newest audit row id: where catch-up starts for a listener that has seen nothing yet. */
export async function latestAuditId(db: Database): Promise<number> {
  const latest = await db.auditLog.findFirst({ orderBy: { id: "desc" }, select: { id: true } });
  return latest?.id ?? 0;
}
