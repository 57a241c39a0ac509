import "server-only";

import { writeAudit } from "@/lib/audit/write";
import { authorize, type Principal } from "@/lib/auth/authorize";
import { importTextVersion } from "@/lib/bill-text/commands/import-version";
import { db } from "@/lib/db/client";
import type { Changed } from "@/lib/legislation/commands/shared";
import { toDay } from "@/lib/legislation/dates";
import { failure, ok, type Result } from "@/lib/result";

import { fetchGovinfoFile } from "../govinfo-file";
import { suggestionIdSchema } from "../schema";
import { sourceWatchSettings, type SourceWatchSettings } from "../settings";

import { lockNewSuggestion, suggestionAuditView } from "./decision";

const GONE = "This suggestion no longer exists.";

/**
 * Accept a suggested text version: fetch its XML from govinfo and import it as the bill's
 * version, as the accepting editor; then mark the suggestion accepted. A file that cannot be
 * fetched or read imports nothing and leaves the suggestion waiting, with a sentence saying why.
 */
export async function acceptTextSuggestion(
  principal: Principal | null,
  input: unknown,
  settings: SourceWatchSettings = sourceWatchSettings(),
): Promise<Result<Changed & { billId: string; slug: string; code: string; textVersionId: string }>> {
  const auth = await authorize(principal, "import:billText:any");
  if (!auth.ok) return auth;
  const target = suggestionIdSchema.safeParse(input);
  if (!target.success) return failure("not_found", GONE);
  const found = await db.suggestion.findUnique({
    where: { id: target.data.suggestionId },
    select: { kind: true, state: true, versionCode: true, versionDate: true, sourceUrl: true, bill: { select: { id: true, slug: true } } },
  });
  if (!found) return failure("not_found", GONE);
  if (found.kind !== "text_version" || !found.versionCode) return failure("validation", "This suggestion is a step, not a text version: record it with the step form on its page.");
  // Checked again under the lock below; asking first spares govinfo a download nobody needs.
  if (found.state !== "new") return failure("conflict", `This suggestion was already ${found.state}. Open the inbox for the ones still waiting.`);

  const file = await fetchGovinfoFile(found.sourceUrl, settings, new Date());
  if (!file.ok) return failure("validation", `${file.message} Nothing was imported, and the suggestion is still waiting.`);
  const imported = await importTextVersion(principal, {
    billSlug: found.bill.slug,
    code: found.versionCode,
    raw: file.raw,
    versionDate: found.versionDate ? toDay(found.versionDate) : null,
    sourceUrl: found.sourceUrl,
  });
  if (!imported.ok) {
    const problem = Object.values(imported.error.fieldErrors ?? {}).flat()[0] ?? imported.error.message;
    return failure(imported.error.code, `The file from govinfo could not be imported: ${problem} Nothing was imported, and the suggestion is still waiting.`);
  }

  // importTextVersion commits in its own transaction (the command line and the upload form
  // share it), so the suggestion is marked accepted only after the import succeeded. Should
  // another editor decide the suggestion in between, the version stays imported: the same file
  // imported again changes nothing, and the conflict says who decided.
  return db.$transaction(async (tx) => {
    const locked = await lockNewSuggestion(tx, target.data.suggestionId);
    if (!locked.ok) return locked;
    const accepted = await tx.suggestion.update({
      where: { id: locked.suggestion.id },
      data: { state: "accepted", decidedById: auth.value.id, decidedAt: new Date() },
    });
    await writeAudit(tx, {
      actor: auth.value,
      action: "suggestion.accepted",
      entityType: "suggestion",
      entityId: accepted.id,
      before: suggestionAuditView(locked.suggestion),
      after: { ...suggestionAuditView(accepted), textVersionId: imported.value.id },
    });
    return ok({ billId: found.bill.id, slug: found.bill.slug, code: imported.value.code, textVersionId: imported.value.id, revalidate: imported.value.revalidate });
  });
}
