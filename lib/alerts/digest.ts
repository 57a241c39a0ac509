import "server-only";

import type { Database } from "@/lib/db/client";
import { publicBillWhere } from "@/lib/legislation/visibility";

import { versionsImportedIn } from "./digest-text-versions";
import { topics, type EmailPayload } from "./outbox-payload";

// Daily digests without a job server: the outbox worker in every instance asks, about once a
// minute, which daily subscriptions are due (a day since their last digest, or since they were
// confirmed). Row locks with SKIP LOCKED let two instances ask at once without both queuing the
// same digest. A digest is queued only when something public changed in its period: a status
// change, a window to take part that opened or came within a week of closing, or a new version
// of a bill's text.

const DAY_MS = 24 * 60 * 60 * 1000;
const BATCH = 200;

interface DueRow {
  id: string;
  billId: string | null;
  since: Date;
}

/** Queue the digests that are due at `now`; returns how many were queued. */
export async function enqueueDueDigests(db: Database, now: Date = new Date()): Promise<number> {
  return db.$transaction(async (tx) => {
    const due = await tx.$queryRaw<DueRow[]>`
      SELECT "id", "billId", COALESCE("lastDigestAt", "confirmedAt") AS "since"
      FROM "Subscription"
      WHERE "frequency" = 'daily'
        AND "confirmedAt" IS NOT NULL
        AND COALESCE("lastDigestAt", "confirmedAt") <= ${new Date(now.getTime() - DAY_MS)}
      ORDER BY "id"
      LIMIT ${BATCH}
      FOR UPDATE SKIP LOCKED`;
    if (due.length === 0) return 0;

    const earliest = new Date(Math.min(...due.map((row) => row.since.getTime())));
    const changes = await tx.statusEvent.findMany({
      where: {
        bill: publicBillWhere(now),
        OR: [{ createdAt: { gt: earliest, lte: now } }, { retractedAt: { gt: earliest, lte: now } }],
      },
      select: { billId: true, createdAt: true, retractedAt: true },
    });
    // A window to take part that opened, or came within a week of closing, is news too.
    const windows = await tx.participationWindow.findMany({
      where: {
        bill: publicBillWhere(now),
        OR: [{ openingQueuedAt: { gt: earliest, lte: now } }, { reminderQueuedAt: { gt: earliest, lte: now } }],
      },
      select: { billId: true, openingQueuedAt: true, reminderQueuedAt: true },
    });
    const versions = await versionsImportedIn(tx, null, earliest, now, now);
    const within = (row: DueRow, at: Date | null) => !!at && at > row.since && at <= now;
    const changedIn = (row: DueRow) =>
      changes.some(
        (change) =>
          (row.billId === null || change.billId === row.billId) && (within(row, change.createdAt) || within(row, change.retractedAt)),
      ) ||
      windows.some(
        (window) =>
          (row.billId === null || window.billId === row.billId) && (within(row, window.openingQueuedAt) || within(row, window.reminderQueuedAt)),
      ) ||
      versions.some((version) => (row.billId === null || version.billId === row.billId) && within(row, version.importedAt));

    const withNews = due.filter(changedIn);
    await tx.outbox.createMany({
      data: withNews.map((row) => {
        const payload: EmailPayload = { kind: "digest", subscriptionId: row.id, since: row.since.toISOString(), until: now.toISOString() };
        return { channel: "email" as const, topic: topics.digest, recipient: row.id, payload, nextAttemptAt: now };
      }),
    });
    await tx.subscription.updateMany({ where: { id: { in: due.map((row) => row.id) } }, data: { lastDigestAt: now } });
    return withNews.length;
  });
}
