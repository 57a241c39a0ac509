import "server-only";

import type { Database } from "@/lib/db/client";
import type { BillTextFormat } from "@/lib/db/generated/enums";
import { toDay } from "@/lib/legislation/dates";
import { publicBillWhere } from "@/lib/legislation/visibility";

import type { CitableVersion } from "./citations";
import type { TextTree } from "./tree";

/** One version of a bill's text with its section tree, for its reading page. */
export interface TextVersionView {
  code: string;
  name: string;
  versionDate: string | null;
  sourceUrl: string | null;
  format: string;
  sha256: string;
  importedAt: string;
  tree: TextTree;
}

/** The version `code` of the bill `billSlug`, or null. Callers check the bill is public first. */
export async function getTextVersionView(db: Database, billSlug: string, code: string): Promise<TextVersionView | null> {
  const version = await db.billTextVersion.findFirst({
    where: { code, bill: { slug: billSlug } },
    select: { code: true, name: true, versionDate: true, sourceUrl: true, format: true, sha256: true, importedAt: true, tree: true },
  });
  if (!version) return null;
  return {
    ...version,
    versionDate: version.versionDate ? toDay(version.versionDate) : null,
    importedAt: version.importedAt.toISOString(),
    // Written only by importTextVersion, from a parser's TextTree.
    tree: version.tree as unknown as TextTree,
  };
}

export interface BillWithText {
  slug: string;
  shortTitle: string;
  versions: { code: string; name: string }[];
}

/** Public bills that have text, with their versions oldest first: what a redline can be drawn against. */
export async function listBillsWithText(db: Database, now: Date): Promise<BillWithText[]> {
  const bills = await db.bill.findMany({
    where: { AND: [publicBillWhere(now), { textVersions: { some: {} } }] },
    select: {
      slug: true,
      shortTitle: true,
      textVersions: { select: { code: true, name: true }, orderBy: [{ versionDate: { sort: "asc", nulls: "last" } }, { importedAt: "asc" }] },
    },
    orderBy: { shortTitle: "asc" },
  });
  return bills.map((bill) => ({ slug: bill.slug, shortTitle: bill.shortTitle, versions: bill.textVersions }));
}

/** A bill's versions with their trees, in the bill's order, for what its provisions cite. */
export async function listCitableVersions(db: Database, billSlug: string): Promise<CitableVersion[]> {
  const versions = await db.billTextVersion.findMany({
    where: { bill: { slug: billSlug } },
    select: { code: true, name: true, sha256: true, tree: true },
    orderBy: [{ versionDate: { sort: "asc", nulls: "last" } }, { importedAt: "asc" }],
  });
  // Written only by importTextVersion, from a parser's TextTree.
  return versions.map((version) => ({ ...version, tree: version.tree as unknown as TextTree }));
}

/** One imported version as the back office lists it: what it is and where it came from, not its text. */
export interface ImportedTextVersionRow {
  code: string;
  name: string;
  versionDate: string | null;
  format: BillTextFormat;
  sourceUrl: string | null;
  importedAt: string;
}

/** Every version imported for the bill `billId`, oldest version first, for the back office. */
export async function listImportedTextVersions(db: Database, billId: string): Promise<ImportedTextVersionRow[]> {
  const versions = await db.billTextVersion.findMany({
    where: { billId },
    orderBy: [{ versionDate: { sort: "asc", nulls: "last" } }, { importedAt: "asc" }],
    select: { code: true, name: true, versionDate: true, format: true, sourceUrl: true, importedAt: true },
  });
  return versions.map((version) => ({
    ...version,
    versionDate: version.versionDate ? toDay(version.versionDate) : null,
    importedAt: version.importedAt.toISOString(),
  }));
}
