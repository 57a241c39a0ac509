import "server-only";

import type { Database } from "@/lib/db/client";
import type { Prisma } from "@/lib/db/generated/client";
import { parseDay } from "@/lib/legislation/dates";

import { auditChanges, auditEntityLabel, auditEntityLink, type AuditChange } from "./present";

export const auditEntityTypes = { bill: "Bill", statusEvent: "Status event", keyDate: "Key date", provision: "Provision", organisation: "Organisation", position: "Position", window: "Window to take part", statistic: "Figure", user: "User" } as const;
export type AuditEntityType = keyof typeof auditEntityTypes;

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
}

export interface AuditEntryView {
  id: number;
  createdAt: string;
  actor: string;
  action: string;
  entityType: string;
  entityId: string;
  /** What the row is about, in words (a bill's short title, a user's address…). */
  entityLabel: string;
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
    select: { id: true, createdAt: true, actorEmail: true, action: true, entityType: true, entityId: true, before: true, after: true },
  });
  const page = rows.slice(0, pageSize);
  return {
    entries: page.map((row) => ({
      id: row.id,
      createdAt: row.createdAt.toISOString(),
      actor: row.actorEmail ?? "unknown",
      action: row.action,
      entityType: row.entityType,
      entityId: row.entityId,
      entityLabel: auditEntityLabel(row),
      link: auditEntityLink(row),
      changes: auditChanges(row.before, row.after),
    })),
    nextCursor: rows.length > pageSize ? (page.at(-1)?.id ?? null) : null,
  };
}

/** The choices for the viewer's filters: who has acted, and which actions exist. */
export async function auditFilterOptions(db: Database): Promise<{ actors: string[]; actions: string[] }> {
  const [actors, actions] = await Promise.all([
    db.auditLog.findMany({ distinct: ["actorEmail"], select: { actorEmail: true }, orderBy: { actorEmail: "asc" } }),
    db.auditLog.findMany({ distinct: ["action"], select: { action: true }, orderBy: { action: "asc" } }),
  ]);
  return {
    actors: actors.flatMap((row) => (row.actorEmail ? [row.actorEmail] : [])),
    actions: actions.map((row) => row.action),
  };
}
