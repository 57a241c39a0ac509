import "server-only";

import { db } from "@/lib/db/client";

import { citationNote, type CitationNote, type TextCitation } from "./citations";
import { listCitableVersions } from "./queries";

/**
 * The notes under a bill's provisions that cite its text, by provision id. Reads the versions'
 * trees only when a provision cites one; their comparisons come from the redline cache.
 */
export async function loadCitationNotes(
  slug: string,
  provisions: readonly ({ id: string } & { [K in keyof TextCitation]: TextCitation[K] | null })[],
): Promise<Map<string, CitationNote>> {
  const citing = provisions.flatMap((provision) =>
    provision.textVersionCode ? [{ id: provision.id, citation: { textVersionCode: provision.textVersionCode, textSection: provision.textSection } }] : [],
  );
  if (citing.length === 0) return new Map();
  const versions = await listCitableVersions(db, slug);
  return new Map(
    citing.flatMap(({ id, citation }) => {
      const note = citationNote(slug, versions, citation);
      return note ? [[id, note] as const] : [];
    }),
  );
}
