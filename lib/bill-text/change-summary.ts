import "server-only";

import type { Prisma } from "@/lib/db/generated/client";

import { cachedComparison } from "./compare/cache";
import { summaryWords } from "./compare/summary-words";
import type { TextTree } from "./tree";

// What a new version changed, in the redline's one line, stored with the version at import so
// feeds and alerts can say it without drawing the redline again. The redline goes through the
// page's cache, so the first reader of the compare page in this process finds it drawn already.

type Reader = Pick<Prisma.TransactionClient, "billTextVersion">;

export interface ChangeSummary {
  comparedWithCode: string;
  changeSummary: string;
}

export interface EarlierVersion {
  id: string;
  code: string;
  sha256: string;
}

/** The version a new import of `code` is compared with: the bill's latest other one, by versionDate, then importedAt. */
export function findEarlierVersion(db: Reader, where: { billId: string } | { billSlug: string }, code: string): Promise<EarlierVersion | null> {
  return db.billTextVersion.findFirst({
    where: { code: { not: code }, ...("billId" in where ? { billId: where.billId } : { bill: { slug: where.billSlug } }) },
    orderBy: [{ versionDate: { sort: "desc", nulls: "last" } }, { importedAt: "desc" }, { id: "desc" }],
    select: { id: true, code: true, sha256: true },
  });
}

/** The earlier version's redline against the new tree, in words; null when that version is gone (its bill was deleted). */
export async function summariseChange(db: Reader, earlier: EarlierVersion, file: { sha256: string; tree: TextTree }): Promise<ChangeSummary | null> {
  const row = await db.billTextVersion.findUnique({ where: { id: earlier.id }, select: { tree: true } });
  if (!row) return null;
  // Written only by importTextVersion, from a parser's TextTree.
  const { comparison } = cachedComparison({ sha256: earlier.sha256, tree: row.tree as unknown as TextTree }, file);
  return { comparedWithCode: earlier.code, changeSummary: summaryWords(comparison.summary) };
}
