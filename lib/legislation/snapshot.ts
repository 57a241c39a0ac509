import type { Bill } from "@/lib/db/generated/client";

import { toDay } from "./dates";

/** The editable fields of a bill as plain JSON: what a revision keeps and a diff compares. */
export function billSnapshot(bill: Bill) {
  return {
    slug: bill.slug,
    shortTitle: bill.shortTitle,
    aliases: bill.aliases,
    title: bill.title,
    longTitle: bill.longTitle,
    jurisdiction: bill.jurisdiction,
    region: bill.region,
    numbers: bill.numbers,
    session: bill.session,
    sponsors: bill.sponsors,
    committees: bill.committees,
    summary: bill.summary,
    keyProvisions: bill.keyProvisions,
    topics: bill.topics,
    officialLinks: bill.officialLinks,
    state: bill.state,
    publishAt: bill.publishAt?.toISOString() ?? null,
    verifiedOn: bill.verifiedOn ? toDay(bill.verifiedOn) : null,
    editorialNote: bill.editorialNote,
  };
}

export type BillSnapshot = ReturnType<typeof billSnapshot>;
