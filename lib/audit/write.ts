import "server-only";

import type { Prisma } from "@/lib/db/generated/client";

// Every command writes one audit row inside its own transaction, so the log can never claim a
// change that rolled back, nor miss one that committed. The table refuses UPDATE and DELETE.

/** Who did it: a signed-in user, or the system (launcher, scripts) with a descriptive name. */
export interface AuditActor {
  id: string | null;
  email: string;
}

export const systemActor = (name: string): AuditActor => ({ id: null, email: name });

export interface AuditEntry {
  actor: AuditActor;
  /** Dotted `entity.verb`, e.g. "bill.published", "statusEvent.corrected". */
  action: string;
  /** "content": a launch-content update (prisma/seed/content-updates.ts), by its id. */
  entityType: "bill" | "statusEvent" | "keyDate" | "provision" | "organisation" | "position" | "window" | "statistic" | "user" | "content" | "suggestion" | "watchedSource" | "textVersion";
  entityId: string;
  before?: Prisma.InputJsonValue;
  after?: Prisma.InputJsonValue;
}

/** Append an audit row; returns its id, which also identifies the change on the live stream. */
export async function writeAudit(tx: Prisma.TransactionClient, entry: AuditEntry): Promise<number> {
  const row = await tx.auditLog.create({
    data: {
      actorId: entry.actor.id,
      actorEmail: entry.actor.email,
      action: entry.action,
      entityType: entry.entityType,
      entityId: entry.entityId,
      before: entry.before,
      after: entry.after,
    },
    select: { id: true },
  });
  return row.id;
}
