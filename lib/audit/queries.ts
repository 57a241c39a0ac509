import "server-only";

import type { Database } from "@/lib/db/client";
import type { Prisma } from "@/lib/db/generated/client";
import { parseDay } from "@/lib/legislation/dates";

import { auditBillId, describeAudit, type AuditBill, type AuditSentence } from "./describe";
import { auditChanges, auditEntityLink, type AuditChange } from "./present";

export const auditEntityTypes = {
  bill: "Bill",
  statusEvent: "History entry",
  keyDate: "Key date",
  provision: "Provision",
  organisation: "Organisation",
  position: "Position",
  window: "Window to take part",
  statistic: "Figure",
  suggestion: "Suggestion",
  watchedSource: "Watched source",
  textVersion: "Bill text version",
  user: "User",
} as const;
export type AuditEntityType = keyof typeof auditEntityTypes;

/** What an editor may read: the changes to the tracker's content, not accounts, alerts or webhooks. */
export const contentEntityTypes: readonly AuditEntityType[] = [
  "bill",
  "statusEvent",
  "keyDate",
  "provision",
  "organisation",
  "position",
  "window",
  "statistic",
  "suggestion",
  "watchedSource",
  "textVersion",
];

export interface AuditFilters {
  actor?: string;
  entityType?: AuditEntityType;
  entityId?: string;
  /** Everything about one bill: its own rows and those of its events and key dates. */
  billId?: string;
  action?: string;
  from?: string;
  to?: string;
  /** Show rows older than this id (the "older entries" cursor). */
  before?: number;
  /** Only the rows about the tracker's content: what an editor may read. */
  contentOnly?: boolean;
}

export interface AuditEntryView {
  id: number;
  createdAt: string;
  actor: string;
  action: string;
  entityType: string;
  entityId: string;
  /** What was done, in words, the object linked to `link`. */
  sentence: AuditSentence;
  link: string | null;
  changes: AuditChange[];
}

const DAY_MS = 24 * 60 * 60 * 1000;

function whereOf(filters: AuditFilters): Prisma.AuditLogWhereInput {
  const from = filters.from ? parseDay(filters.from) : null;
  const to = filters.to ? parseDay(filters.to) : null;
  const and: Prisma.AuditLogWhereInput[] = [];
  if (filters.actor) and.push({ actorEmail: filters.actor });
  if (filters.entityType) and.push({ entityType: filters.entityType });
  if (filters.entityId) and.push({ entityId: filters.entityId });
  if (filters.action) and.push({ action: filters.action });
  if (from || to) and.push({ createdAt: { ...(from ? { gte: from } : {}), ...(to ? { lt: new Date(to.getTime() + DAY_MS) } : {}) } });
  if (filters.before) and.push({ id: { lt: filters.before } });
  if (filters.contentOnly) and.push({ entityType: { in: [...contentEntityTypes] } });
  if (filters.billId) {
    and.push({
      OR: [
        { entityType: "bill", entityId: filters.billId },
        { after: { path: ["billId"], equals: filters.billId } },
        { before: { path: ["billId"], equals: filters.billId } },
      ],
    });
  }
  return and.length ? { AND: and } : {};
}

/** Newest first, a page at a time; `nextCursor` continues with older rows. */
export async function listAuditEntries(
  db: Database,
  filters: AuditFilters,
  pageSize = 50,
): Promise<{ entries: AuditEntryView[]; nextCursor: number | null }> {
  const rows = await db.auditLog.findMany({
    where: whereOf(filters),
    orderBy: { id: "desc" },
    take: pageSize + 1,
    select: {
      id: true,
      createdAt: true,
      actorEmail: true,
      actor: { select: { name: true } },
      action: true,
      entityType: true,
      entityId: true,
      before: true,
      after: true,
    },
  });
  const page = rows.slice(0, pageSize);
  // Each row is told with its bill's current title: one query for the whole page.
  const billIds = [...new Set(page.flatMap((row) => auditBillId(row) ?? []))];
  const bills = new Map<string, AuditBill>(
    (await db.bill.findMany({ where: { id: { in: billIds } }, select: { id: true, shortTitle: true, jurisdiction: true } })).map((bill) => [bill.id, bill]),
  );
  return {
    entries: page.map((row) => {
      const billId = auditBillId(row);
      return {
        id: row.id,
        createdAt: row.createdAt.toISOString(),
        actor: row.actor?.name ?? row.actorEmail ?? (row.entityType === "subscription" ? "A reader" : "Someone"),
        action: row.action,
        entityType: row.entityType,
        entityId: row.entityId,
        sentence: describeAudit(row, billId ? (bills.get(billId) ?? null) : null),
        link: auditEntityLink(row),
        changes: auditChanges(row.before, row.after),
      };
    }),
    nextCursor: rows.length > pageSize ? (page.at(-1)?.id ?? null) : null,
  };
}

/** The choices for the viewer's filters: who has acted, and which actions exist. */
export async function auditFilterOptions(db: Database, contentOnly = false): Promise<{ actors: string[]; actions: string[] }> {
  const where = contentOnly ? { entityType: { in: [...contentEntityTypes] } } : {};
  const [actors, actions] = await Promise.all([
    db.auditLog.findMany({ where, distinct: ["actorEmail"], select: { actorEmail: true }, orderBy: { actorEmail: "asc" } }),
    db.auditLog.findMany({ where, distinct: ["action"], select: { action: true }, orderBy: { action: "asc" } }),
  ]);
  return {
    actors: actors.flatMap((row) => (row.actorEmail ? [row.actorEmail] : [])),
    actions: actions.map((row) => row.action),
  };
}
