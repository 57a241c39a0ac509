import "server-only";

import type { Organisation, Position, Prisma } from "@/lib/db/generated/client";

import { parseDay, toDay } from "../dates";

type Tx = Prisma.TransactionClient;

export const POSITION_CONFLICT = "Someone else changed this position after you opened it. Reload the page to see their change, then edit again.";

export function organisationAuditView(organisation: Organisation) {
  return { name: organisation.name, url: organisation.url, isOwn: organisation.isOwn, version: organisation.version };
}

/** A position as the audit log keeps it: each save's before and after are its revisions. */
export function positionAuditView(position: Position) {
  return {
    billId: position.billId,
    organisationId: position.organisationId,
    stance: position.stance,
    statement: position.statement,
    sourceUrl: position.sourceUrl,
    statedOn: toDay(position.statedOn),
    version: position.version,
  };
}

export function statedOnColumn(value: string): Date {
  const day = parseDay(value);
  if (!day) throw new Error(`statedOn passed validation but is not a day: ${value}`);
  return day;
}

/** Only one organisation is the site's own: making one so unmarks any other, in the same transaction. */
export async function keepOneOwn(tx: Tx, ownId: string): Promise<void> {
  await tx.organisation.updateMany({ where: { isOwn: true, id: { not: ownId } }, data: { isOwn: false, version: { increment: 1 } } });
}
