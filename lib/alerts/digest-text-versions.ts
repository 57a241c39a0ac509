import "server-only";

import type { Prisma } from "@/lib/db/generated/client";
import { publicBillWhere } from "@/lib/legislation/visibility";

// New versions of public bills' text in a digest's period. A version's importedAt moves when a
// replacement file is imported, and a replacement is no news (nobody is alerted of it at once
// either), so the moment a version was new is its `textVersion.imported` audit row.

export interface ImportedVersion {
  id: string;
  billId: string;
  code: string;
  name: string;
  versionDate: Date | null;
  comparedWithCode: string | null;
  changeSummary: string | null;
  bill: { slug: string; shortTitle: string };
  /** When it was first imported. */
  importedAt: Date;
}

/** Versions of public bills (of `billId` only, when given) first imported in (since, until], oldest first. */
export async function versionsImportedIn(tx: Prisma.TransactionClient, billId: string | null, since: Date, until: Date, now: Date): Promise<ImportedVersion[]> {
  const imports = await tx.auditLog.findMany({
    where: { action: "textVersion.imported", createdAt: { gt: since, lte: until } },
    select: { entityId: true, createdAt: true },
  });
  if (imports.length === 0) return [];
  const importedAt = new Map(imports.map((row) => [row.entityId, row.createdAt]));
  const versions = await tx.billTextVersion.findMany({
    where: { id: { in: [...importedAt.keys()] }, bill: { AND: [publicBillWhere(now), ...(billId ? [{ id: billId }] : [])] } },
    select: { id: true, billId: true, code: true, name: true, versionDate: true, comparedWithCode: true, changeSummary: true, bill: { select: { slug: true, shortTitle: true } } },
  });
  return versions
    .flatMap((version) => {
      const at = importedAt.get(version.id);
      return at ? [{ ...version, importedAt: at }] : [];
    })
    .sort((a, b) => a.importedAt.getTime() - b.importedAt.getTime() || a.id.localeCompare(b.id));
}
