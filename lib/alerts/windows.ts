import "server-only";

import type { Database } from "@/lib/db/client";
import type { Prisma } from "@/lib/db/generated/client";
import { parseDay, today } from "@/lib/legislation/dates";
import { addDays, CLOSING_SOON_DAYS } from "@/lib/legislation/windows";
import { publicBillWhere } from "@/lib/legislation/visibility";

import type { EmailPayload } from "./outbox-payload";
import { immediateSubscriptionsTo } from "./recipients";

// Alerts for windows to take part, without a job server: a window's opening alert is queued
// when it opens (by the command itself when it is open already, else by the outbox worker's
// sweep about once a minute), and a reminder seven days before it closes. Each window records
// when each was queued, under a row lock (SKIP LOCKED, so two instances never queue the same
// one twice). Who gets them follows each subscriber's choices: confirmed, immediate alerts, for
// that bill or every bill, one message per address; a daily subscriber reads the same news in
// the next digest (lib/alerts/digest.ts, from openingQueuedAt and reminderQueuedAt). The worker looks the subscriber up again when it sends, so an unsubscribe in
// between stops the message.

type Tx = Prisma.TransactionClient;

export const windowTopics = { opening: "window.opened", reminder: "window.closingSoon" } as const;

export type WindowMoment = keyof typeof windowTopics;

/** Queue one window's alert to its subscribers; returns how many were queued. */
export async function queueWindowAlert(tx: Tx, window: { id: string; billId: string }, moment: WindowMoment, now: Date): Promise<number> {
  const subscriptions = await immediateSubscriptionsTo(tx, window.billId);
  await tx.outbox.createMany({
    data: subscriptions.map((subscription) => {
      const payload: EmailPayload = { kind: "window", subscriptionId: subscription.id, windowId: window.id, moment };
      return { channel: "email" as const, topic: windowTopics[moment], recipient: subscription.id, payload, nextAttemptAt: now };
    }),
  });
  return subscriptions.length;
}

/**
 * Queue what is due for this window now, inside the caller's transaction (the window row is
 * locked by it): the opening alert once it is open, and the reminder once it closes within seven
 * days, unless the opening alert went out in that time already (it names the closing day).
 */
export async function queueDueAlertsOf(
  tx: Tx,
  window: { id: string; billId: string; opensOn: Date; closesOn: Date; openingQueuedAt: Date | null; reminderQueuedAt: Date | null },
  now: Date,
): Promise<number> {
  const day = today(now);
  const opensOn = window.opensOn.toISOString().slice(0, 10);
  const closesOn = window.closesOn.toISOString().slice(0, 10);
  if (day < opensOn || day > closesOn) return 0;
  const bill = await tx.bill.findFirst({ where: { AND: [{ id: window.billId }, publicBillWhere(now)] }, select: { id: true } });
  // A draft's window is nobody's news yet; it is alerted once the bill is public and the window still open.
  if (!bill) return 0;
  const closingSoon = closesOn <= addDays(day, CLOSING_SOON_DAYS);
  let queued = 0;
  const data: Prisma.ParticipationWindowUpdateInput = {};
  if (!window.openingQueuedAt) {
    queued += await queueWindowAlert(tx, window, "opening", now);
    data.openingQueuedAt = now;
    if (closingSoon) data.reminderQueuedAt = now;
  } else if (!window.reminderQueuedAt && closingSoon) {
    queued += await queueWindowAlert(tx, window, "reminder", now);
    data.reminderQueuedAt = now;
  }
  if (Object.keys(data).length) await tx.participationWindow.update({ where: { id: window.id }, data });
  return queued;
}

const BATCH = 100;

/** The sweep the outbox worker runs: every open window still owed an alert. Returns how many e-mails were queued. */
export async function enqueueDueWindowAlerts(db: Database, now: Date = new Date()): Promise<number> {
  const day = parseDay(today(now));
  if (!day) throw new Error("today is not a day");
  const soon = parseDay(addDays(today(now), CLOSING_SOON_DAYS));
  return db.$transaction(async (tx) => {
    const due = await tx.$queryRaw<{ id: string }[]>`
      SELECT "id" FROM "ParticipationWindow"
      WHERE "opensOn" <= ${day} AND "closesOn" >= ${day}
        AND ("openingQueuedAt" IS NULL OR ("reminderQueuedAt" IS NULL AND "closesOn" <= ${soon}))
      ORDER BY "closesOn", "id"
      LIMIT ${BATCH}
      FOR UPDATE SKIP LOCKED`;
    let queued = 0;
    for (const { id } of due) {
      const window = await tx.participationWindow.findUniqueOrThrow({ where: { id } });
      queued += await queueDueAlertsOf(tx, window, now);
    }
    return queued;
  });
}
