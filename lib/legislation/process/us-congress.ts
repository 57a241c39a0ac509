import { afterEnactment } from "./after-enactment";
import { americanChamberPath, americanFinalPath, americanOutcomes, americanProcedure } from "./american-chambers";
import type { LegislatureModel, TermEnd } from "./types";

// The United States Congress: a Senate path and a House path, each walked by the bill itself or
// by its companion (S.146 in the Senate, H.R.633 in the House), then the President.

/** Each Congress ends at noon on 3 January of the odd year after its second (20th Amendment). */
const TERM_RULE =
  "Each Congress ends at noon on 3 January two years after it began (20th Amendment, section 1). Bills not enacted by then die and must be reintroduced in the next Congress.";
const TERM_SOURCE = "https://constitution.congress.gov/constitution/amendment-20/";

/** "119th Congress" → the 119th Congress's end; null for a session that names no Congress. */
export function congressTermEnd(session: string): TermEnd | null {
  const match = /\b(\d{2,3})(?:st|nd|rd|th)\s+Congress\b/i.exec(session);
  if (!match) return null;
  const congress = Number(match[1]);
  // The 1st Congress began in 1789, and each lasts two years (since the 74th, to 3 January).
  if (congress < 74) return null;
  const year = 1789 + 2 * congress;
  return {
    label: `${congress}${ordinalSuffix(congress)} Congress`,
    endsOn: `${year}-01-03`,
    // Noon Eastern Standard Time: January is never daylight saving time.
    endsAt: `${year}-01-03T17:00:00.000Z`,
    rule: TERM_RULE,
    sourceUrl: TERM_SOURCE,
  };
}

function ordinalSuffix(value: number): string {
  const lastTwo = value % 100;
  if (lastTwo >= 11 && lastTwo <= 13) return "th";
  return ({ 1: "st", 2: "nd", 3: "rd" } as Record<number, string>)[value % 10] ?? "th";
}

export const usCongress: LegislatureModel = {
  code: "us",
  name: "United States Congress",
  chambers: [
    { code: "senate", name: "Senate" },
    { code: "house", name: "House" },
    { code: "president", name: "President" },
  ],
  timeZone: "America/New_York",
  defaultSession: "119th Congress",
  paths: [
    americanChamberPath("senate", "Senate"),
    americanChamberPath("house", "House"),
    americanFinalPath({ chamber: "president", title: "President", veto: "within 10 days, Sundays excepted" }),
    afterEnactment(),
    americanOutcomes({ title: "Died at the end of the Congress" }),
    americanProcedure,
  ],
  termEnd: congressTermEnd,
  passedAll: "passed both chambers",
  termRule: TERM_RULE,
};
