import "server-only";

import { topics, type EmailPayload } from "@/lib/alerts/outbox-payload";
import type { Prisma } from "@/lib/db/generated/client";

/**
 * Queue an e-mail to every active editor who asked to hear of new suggestions, in the poll's
 * own transaction: the outbox sends it (decision 0007), and only if the suggestions committed.
 */
export async function enqueueSuggestionAlerts(tx: Prisma.TransactionClient, billId: string, count: number, now: Date): Promise<number> {
  const users = await tx.user.findMany({ where: { notifyOnSuggestions: true, deactivatedAt: null }, select: { id: true }, orderBy: { id: "asc" } });
  if (users.length === 0) return 0;
  await tx.outbox.createMany({
    data: users.map((user) => {
      const payload: EmailPayload = { kind: "suggestions", userId: user.id, billId, count };
      return { channel: "email" as const, topic: topics.suggestions, payload, nextAttemptAt: now };
    }),
  });
  return users.length;
}
