import "server-only";

import type { Prisma, Suggestion } from "@/lib/db/generated/client";
import { toDay } from "@/lib/legislation/dates";
import { failure, type CommandError } from "@/lib/result";

type Tx = Prisma.TransactionClient;

/** Lock a suggestion still waiting for an editor, or say why it is not (gone, or decided by someone). */
export async function lockNewSuggestion(tx: Tx, id: string): Promise<{ ok: true; suggestion: Suggestion } | { ok: false; error: CommandError }> {
  await tx.$queryRaw`SELECT 1 FROM "Suggestion" WHERE "id" = ${id} FOR UPDATE`;
  const suggestion = await tx.suggestion.findUnique({ where: { id }, include: { decidedBy: { select: { email: true } } } });
  if (!suggestion) return failure("not_found", "This suggestion no longer exists.");
  if (suggestion.state !== "new") {
    const who = suggestion.decidedBy?.email ? ` by ${suggestion.decidedBy.email}` : "";
    return failure("conflict", `This suggestion was already ${suggestion.state}${who}. Open the inbox for the ones still waiting.`);
  }
  return { ok: true, suggestion };
}

/** A suggestion as the audit log keeps it. */
export function suggestionAuditView(suggestion: Suggestion) {
  return {
    billId: suggestion.billId,
    kind: suggestion.kind,
    versionCode: suggestion.versionCode,
    occurredOn: toDay(suggestion.occurredOn),
    path: suggestion.path,
    stage: suggestion.stage,
    description: suggestion.description,
    sourceUrl: suggestion.sourceUrl,
    state: suggestion.state,
    eventId: suggestion.eventId,
    dismissReason: suggestion.dismissReason,
  };
}
