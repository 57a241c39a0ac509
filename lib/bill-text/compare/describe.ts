import type { SectionChange, SectionRef } from "./compare";

// How a redline names its sections and their changes in words, for the page's list of changes,
// its headings and the API: status is always said, never only coloured.

/** A change is what a reader jumps to: new, gone, moved or reworded. A renumbering alone is not one. */
export function isChange(section: SectionChange): boolean {
  return section.op !== "unchanged" || section.moved;
}

/** The anchor of a section on the redline page: named by the newer version's citation path where it has one. */
export function sectionAnchor(section: SectionChange): string {
  return section.to ? `to-${section.to.id}` : `from-${section.from!.id}`;
}

const number = (ref: SectionRef) => (ref.enum ?? "").replace(/\.$/, "");

/** "Sec. 4. Reporting requirements", or the part's words when it has no number. */
export function sectionTitle(ref: SectionRef): string {
  const printed = ref.enum ? (ref.kind === "section" ? `Sec. ${ref.enum}` : ref.enum) : "Unnumbered part";
  return [printed, ref.heading].filter(Boolean).join(" ");
}

/** What happened to a section, as a short phrase: "Changed; renumbered from section 3". */
export function changeWords(section: SectionChange): string {
  const parts: string[] = [];
  if (section.op === "added") parts.push("Added");
  if (section.op === "removed") parts.push("Removed");
  if (section.op === "changed") parts.push("Changed");
  if (section.moved) parts.push(section.movedFromAfter ? `moved from after section ${section.movedFromAfter.replace(/\.$/, "")}` : "moved from the start");
  if (section.renumbered && section.from) parts.push(`renumbered from section ${number(section.from)}`);
  if (section.op === "unchanged" && !section.moved) parts.push(section.renumbered ? "words unchanged" : "Unchanged");
  const [first, ...rest] = parts;
  return [first!.replace(/^./, (letter) => letter.toUpperCase()), ...rest].join("; ");
}
