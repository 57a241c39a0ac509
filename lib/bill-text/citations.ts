import { cachedComparison, type ComparedVersion } from "./compare/cache";
import type { SectionChange } from "./compare/compare";
import { isChange } from "./compare/describe";

// What the bill page says under a provision that cites a part of a text version: where the
// part is, and whether a later version changed it ("changed in Reported in Senate"), with a link
// to that change on the redline. Later means later in the bill's order of versions.

export interface CitableVersion extends ComparedVersion {
  code: string;
  name: string;
}

export interface TextCitation {
  textVersionCode: string;
  textSection: string | null;
}

export interface CitationNote {
  /** "section 3(a)", or the version alone when no part is cited. */
  part: string | null;
  versionName: string;
  href: string;
  changedIn: { versionName: string; href: string } | null;
}

const within = (id: string, ancestor: string) => id === ancestor || id.startsWith(`${ancestor}-`);

/** "sec-3-a-1" → "section 3(a)(1)"; "title-I-sec-101" → "section 101". */
export function partName(anchor: string): string {
  const at = anchor.lastIndexOf("sec-");
  if (at === -1) return anchor;
  const [number, ...rest] = anchor.slice(at + 4).split("-");
  return `section ${number}${rest.map((segment) => `(${segment})`).join("")}`;
}

/** The section change on the redline that changed the cited part, or null when the part came through unchanged. */
function changeOf(sections: readonly SectionChange[], part: string | null): SectionChange | null {
  if (part === null) return sections.find(isChange) ?? null;
  const section = sections.find((candidate) => candidate.from !== null && within(part, candidate.from.id));
  if (!section || section.op === "unchanged") return null;
  if (section.op === "removed" || part === section.from!.id) return section;
  // A part inside the section: changed if its own words or a part within it changed, or a part was inserted in it.
  const renamed = section.blocks.find((block) => block.from?.id === part)?.to?.id ?? null;
  const touched = section.blocks.some(
    (block) =>
      ((block.op === "changed" || block.op === "removed") && block.from !== null && within(block.from.id, part)) ||
      (block.op === "added" && renamed !== null && block.to !== null && block.to.id.startsWith(`${renamed}-`)),
  );
  return touched ? section : null;
}

export function citationNote(slug: string, versions: readonly CitableVersion[], citation: TextCitation): CitationNote | null {
  const index = versions.findIndex((version) => version.code === citation.textVersionCode);
  if (index === -1) return null;
  const cited = versions[index]!;
  const note: CitationNote = {
    part: citation.textSection ? partName(citation.textSection) : null,
    versionName: cited.name,
    href: `/bills/${slug}/text/${cited.code}${citation.textSection ? `#${citation.textSection}` : ""}`,
    changedIn: null,
  };
  for (const later of versions.slice(index + 1)) {
    const change = changeOf(cachedComparison(cited, later).comparison.sections, citation.textSection);
    if (!change) continue;
    const anchor = change.to ? `to-${change.to.id}` : `from-${change.from!.id}`;
    return { ...note, changedIn: { versionName: later.name, href: `/bills/${slug}/text/compare?from=${cited.code}&to=${later.code}#${anchor}` } };
  }
  return note;
}
