import "server-only";

import { cache } from "react";

import { db } from "@/lib/db/client";

import { citationNote, type CitationNote, type TextCitation } from "./citations";
import { listCitableVersions } from "./queries";

const citableVersions = cache((slug: string) => listCitableVersions(db, slug));

/**
 * The notes under a bill's provisions or steps that cite its text, by their id. Reads the
 * versions' trees only when one cites a version, once per request; their comparisons come from
 * the redline cache.
 */
export async function loadCitationNotes(
  slug: string,
  items: readonly ({ id: string } & { [K in keyof TextCitation]: TextCitation[K] | null })[],
): Promise<Map<string, CitationNote>> {
  const citing = items.flatMap((item) => (item.textVersionCode ? [{ id: item.id, citation: { textVersionCode: item.textVersionCode, textSection: item.textSection } }] : []));
  if (citing.length === 0) return new Map();
  const versions = await citableVersions(slug);
  return new Map(
    citing.flatMap(({ id, citation }) => {
      const note = citationNote(slug, versions, citation);
      return note ? [[id, note] as const] : [];
    }),
  );
}
