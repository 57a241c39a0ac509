import { formatIsoDay } from "@/lib/legislation/dates";

import type { Mapping, OfficialItem } from "../types";

import type { ActDocument, Provision } from "./clml";

// An Act's own page on legislation.gov.uk → steps of the process model: its date of enactment
// is Royal Assent (final:royal_assent); each day on which provisions came into force, by the
// revised text's in-force attributes, is the Act in force in part (after:in_force_in_part), and
// the last such day is the Act in force (after:in_force) once no provision is prospective.
// The enacted text ("final") says nothing about commencement, so it yields Royal Assent alone.
// See docs/decisions/0025-legislation-act-pages.md for what these rules cannot tell.

const placed = (path: string, stage: string): Mapping => ({ kind: "placed", placement: { path, stage, chamber: null, attemptFailed: false, body: null, vote: null } });

/** The address of an Act's page, which every item cites (it is the record of all of them). */
export const actPageUrl = (identifier: string) => `https://www.legislation.gov.uk/${identifier}`;

const LISTED = 12;

/** "section 1", "Schedule 2 paragraph 3", from CLML's provision ids. */
export function provisionLabel(id: string): string {
  return id.replace(/-/g, " ").replace(/^schedule\b/, "Schedule");
}

/** The provisions as a phrase: "sections 1, 2 and 4", "section 3 and Schedule 1 paragraph 2". */
export function provisionList(provisions: readonly Provision[]): string {
  const sections = provisions.flatMap((provision) => (/^section-[\w.]+$/.test(provision.id) ? [provision.id.slice("section-".length)] : []));
  const others = provisions.filter((provision) => !/^section-[\w.]+$/.test(provision.id)).map((provision) => provisionLabel(provision.id));
  const phrases = [...(sections.length > 0 ? [`${sections.length === 1 ? "section" : "sections"} ${joinWords(sections.slice(0, LISTED))}`] : []), ...others.slice(0, LISTED)];
  const left = Math.max(0, sections.length - LISTED) + Math.max(0, others.length - LISTED);
  return joinWords(left > 0 ? [...phrases, `${left} other provisions`] : phrases);
}

function joinWords(words: readonly string[]): string {
  return words.length <= 1 ? (words[0] ?? "") : `${words.slice(0, -1).join(", ")} and ${words.at(-1)}`;
}

/** The official items an Act's page gives, oldest first. */
export function actItems(document: ActDocument, identifier: string): OfficialItem[] {
  const title = document.title || identifier;
  const sourceUrl = actPageUrl(identifier);
  const item = (occurredOn: string, stage: { path: string; stage: string }, description: string): OfficialItem => ({
    itemKey: `legislation-act:${identifier}:${stage.path}:${stage.stage}:${occurredOn}`,
    occurredOn,
    description,
    sourceUrl,
    // One page for the whole Act: an event citing it may be about any of these steps.
    urlIdentifiesItem: false,
    billNumber: null,
    mapping: placed(stage.path, stage.stage),
    rank: 0,
  });
  const items: OfficialItem[] = [];
  if (document.enactedOn) items.push(item(document.enactedOn, { path: "final", stage: "royal_assent" }, `${title}: enacted (Royal Assent) on ${formatIsoDay(document.enactedOn)}.`));
  if (document.documentStatus !== "revised") return items;

  const provisions = document.provisions.length > 0 ? document.provisions : [{ id: "", startsOn: document.startsOn, state: document.state }];
  const inForce = provisions.filter((provision) => provision.state === "in_force" && provision.startsOn !== null);
  const whole = inForce.length === provisions.filter((provision) => provision.state !== "gone").length;
  const days = [...new Set(inForce.map((provision) => provision.startsOn as string))].sort();
  for (const day of days) {
    const those = inForce.filter((provision) => provision.startsOn === day);
    const all = whole && day === days.at(-1);
    const what = those.every((provision) => provision.id === "") ? title : `${title}, ${provisionList(those)}`;
    const description = all
      ? `${what}: in force from ${formatIsoDay(day)}; no provision is prospective (revised text on legislation.gov.uk).`
      : `${what}: in force from ${formatIsoDay(day)} (revised text on legislation.gov.uk).`;
    items.push(item(day, { path: "after", stage: all ? "in_force" : "in_force_in_part" }, description));
  }
  return items;
}
