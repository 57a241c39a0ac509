import { formatIsoDay } from "./dates";
import { modelOf } from "./process";

// The end of a bill's term (a Congress) as a key date, derived from its legislature's model:
// before it, the date by which the bill must be enacted or be reintroduced; after it, the day
// it died. Only for a bill that has neither become law nor ended by a recorded event.

export interface DerivedKeyDate {
  id: string;
  date: string;
  title: string;
  description: string;
  sourceUrl: string;
  derived: true;
}

export function termKeyDate(bill: { jurisdiction: string; session: string }): DerivedKeyDate | null {
  const term = modelOf(bill.jurisdiction).termEnd?.(bill.session);
  if (!term) return null;
  return {
    id: `term-${term.endsOn}`,
    date: term.endsOn,
    title: `End of the ${term.label}`,
    description: `Bills not enacted by ${formatIsoDay(term.endsOn)} must be reintroduced in the next Congress.`,
    sourceUrl: term.sourceUrl,
    derived: true,
  };
}

/** Whether the term's end still concerns the bill: it has not become law and no event ended it. */
export function termConcerns(status: { phase: string; ending: { derived: boolean } | null }): boolean {
  return status.phase === "legislature" || status.ending?.derived === true;
}
