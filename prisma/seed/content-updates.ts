// Later checks of the launch content, for databases seeded before them. A fresh database gets
// content.ts as it is now and marks these as done; a database seeded earlier gets each change
// once, through the same open record as an editor's: an added event, or a correction that
// supersedes the seeded event and says why. A seeded event an editor has changed since is left
// alone and listed in the step's output.

import { bills, type SeedEvent, type SeedStatistic, statistics, VERIFIED_ON } from "./content";

/** A seeded event as the process-model migration left it (its place in the new model). */
export interface EventMatch {
  occurredOn: string;
  path: string;
  stage: string;
  sourceUrl: string;
  description: string;
}

export type ContentChange =
  | { kind: "add"; slug: string; event: SeedEvent }
  | { kind: "correct"; slug: string; from: EventMatch; to: SeedEvent; why: string }
  | { kind: "verify"; slug: string; on: string }
  | { kind: "split-statistic"; from: Pick<SeedStatistic, "label" | "value">; to: readonly SeedStatistic[] };

export interface ContentUpdate {
  id: string;
  /** Where the check is described, for the audit log. */
  summary: string;
  changes: readonly ContentChange[];
}

/** The event of content.ts on that day and step: the update adds exactly what a fresh seed has. */
function seeded(slug: string, occurredOn: string, stage: string): SeedEvent {
  const event = bills.find((bill) => bill.slug === slug)?.events.find((candidate) => candidate.occurredOn === occurredOn && candidate.stage === stage);
  if (!event) throw new Error(`content.ts has no ${stage} of ${occurredOn} for ${slug}`);
  return event;
}

function statistic(label: string): SeedStatistic {
  const found = statistics.find((candidate) => candidate.label === label);
  if (!found) throw new Error(`content.ts has no figure "${label}"`);
  return found;
}

const TAKE_IT_DOWN = "take-it-down-act";
const STOP_CSAM = "stop-csam-act";
const ENFORCE = "enforce-act";
const UK = "uk-crime-and-policing-bill";
const ENFORCE_BRIEFING = "https://thebriefing.surinis.com/analyses/5afe2b68-d860-4287-8416-1ecdbc38068a/";

const REFERRAL =
  "The entry also records the referral to committee: it is now that step, on its own chamber's path, with the committee and the bill number.";
const OFFICIAL = "The official record replaces the secondary source (content check of 2 December 2026).";

export const contentUpdates: readonly ContentUpdate[] = [
  {
    id: "2026-12-02",
    summary:
      "Life after enactment (checked 2026-12-01), official sources and the corrected ENFORCE Act history (checked 2026-12-02), the hosting figures split in two.",
    changes: [
      {
        kind: "correct",
        slug: TAKE_IT_DOWN,
        from: { occurredOn: "2025-01-16", path: "senate", stage: "introduced", sourceUrl: "https://en.wikipedia.org/wiki/TAKE_IT_DOWN_Act", description: "Introduced (S.146) by Sen. Cruz with Sen. Klobuchar; referred to the Commerce Committee." },
        to: seeded(TAKE_IT_DOWN, "2025-01-16", "referred"),
        why: REFERRAL,
      },
      {
        kind: "correct",
        slug: TAKE_IT_DOWN,
        from: { occurredOn: "2025-01-22", path: "house", stage: "introduced", sourceUrl: "https://www.congress.gov/bill/119th-congress/house-bill/633", description: "Companion H.R.633 introduced by Rep. Salazar and others; referred to Energy and Commerce." },
        to: seeded(TAKE_IT_DOWN, "2025-01-22", "referred"),
        why: REFERRAL,
      },
      {
        kind: "correct",
        slug: TAKE_IT_DOWN,
        from: { occurredOn: "2025-02-13", path: "senate", stage: "passed", sourceUrl: "https://en.wikipedia.org/wiki/TAKE_IT_DOWN_Act", description: "Passed the Senate without amendment." },
        to: seeded(TAKE_IT_DOWN, "2025-02-13", "passed"),
        why: OFFICIAL,
      },
      {
        kind: "correct",
        slug: TAKE_IT_DOWN,
        from: { occurredOn: "2025-04-08", path: "house", stage: "reported", sourceUrl: "https://broadbandbreakfast.com/take-it-down-act-passes-house-commerce-but-not-without-a-fight", description: "Energy and Commerce Committee ordered H.R.633 reported." },
        to: seeded(TAKE_IT_DOWN, "2025-04-08", "reported"),
        why: OFFICIAL,
      },
      { kind: "add", slug: TAKE_IT_DOWN, event: seeded(TAKE_IT_DOWN, "2025-04-28", "calendared") },
      {
        kind: "correct",
        slug: TAKE_IT_DOWN,
        from: { occurredOn: "2025-04-28", path: "house", stage: "passed", sourceUrl: "https://govprofiles.com/roll-call-votes/119-1-104", description: "Passed the House under suspension of the rules (Roll Call 104); passed both chambers." },
        to: seeded(TAKE_IT_DOWN, "2025-04-28", "passed"),
        why: "Says which bill the House passed: S.146, the Senate's bill (H.R.633 was placed on the calendar the same day).",
      },
      {
        kind: "correct",
        slug: TAKE_IT_DOWN,
        from: { occurredOn: "2025-05-19", path: "final", stage: "became_law", sourceUrl: "https://www.commerce.senate.gov/2025/5/sen-cruz-applauds-presidential-signing-of-the-take-it-down-act-into-law", description: "Signed by President Trump; became Public Law 119-12." },
        to: seeded(TAKE_IT_DOWN, "2025-05-19", "signed"),
        why: "Recorded as the President's signature, the way the entry says it became law.",
      },
      { kind: "add", slug: TAKE_IT_DOWN, event: seeded(TAKE_IT_DOWN, "2026-05-11", "rules") },
      { kind: "add", slug: TAKE_IT_DOWN, event: seeded(TAKE_IT_DOWN, "2026-05-19", "in_force") },
      { kind: "add", slug: TAKE_IT_DOWN, event: seeded(TAKE_IT_DOWN, "2026-05-19", "enforcement_begins") },
      { kind: "add", slug: TAKE_IT_DOWN, event: seeded(TAKE_IT_DOWN, "2026-05-20", "enforcement_action") },
      { kind: "verify", slug: TAKE_IT_DOWN, on: VERIFIED_ON },

      {
        kind: "correct",
        slug: STOP_CSAM,
        from: { occurredOn: "2025-05-21", path: "senate", stage: "introduced", sourceUrl: "https://en.wikipedia.org/wiki/STOP_CSAM_Act", description: "Introduced (S.1829) by Sens. Hawley and Durbin; referred to the Judiciary Committee." },
        to: seeded(STOP_CSAM, "2025-05-21", "referred"),
        why: REFERRAL,
      },
      {
        kind: "correct",
        slug: STOP_CSAM,
        from: { occurredOn: "2025-06-11", path: "house", stage: "introduced", sourceUrl: "https://www.govinfo.gov/bulkdata/BILLS/119/1/hr/BILLS-119hr3921ih.xml", description: "Companion H.R.3921 introduced by Reps. Moore and Garcia; referred to the Judiciary Committee." },
        to: seeded(STOP_CSAM, "2025-06-11", "referred"),
        why: REFERRAL,
      },
      {
        kind: "correct",
        slug: STOP_CSAM,
        from: { occurredOn: "2025-06-26", path: "senate", stage: "reported", sourceUrl: "https://www.cbo.gov/publication/61842", description: "Reported by the Judiciary Committee with a manager's amendment." },
        to: seeded(STOP_CSAM, "2025-06-26", "reported"),
        why: "Names the committee and the bill number, S.1829.",
      },
      { kind: "add", slug: STOP_CSAM, event: seeded(STOP_CSAM, "2025-06-26", "calendared") },
      { kind: "add", slug: STOP_CSAM, event: seeded(STOP_CSAM, "2025-12-10", "passed") },
      { kind: "verify", slug: STOP_CSAM, on: VERIFIED_ON },

      { kind: "add", slug: ENFORCE, event: seeded(ENFORCE, "2025-08-01", "referred") },
      { kind: "add", slug: ENFORCE, event: seeded(ENFORCE, "2025-10-21", "referred") },
      {
        kind: "correct",
        slug: ENFORCE,
        from: { occurredOn: "2025-12-16", path: "senate", stage: "passed", sourceUrl: ENFORCE_BRIEFING, description: "Passed the Senate." },
        to: seeded(ENFORCE, "2025-12-16", "passed"),
        why: "The official record (Congressional Record S8754–S8755) replaces the secondary source, and says the Judiciary Committee was discharged first. The introduction, on 21 October 2025, is now recorded.",
      },
      {
        kind: "correct",
        slug: ENFORCE,
        from: { occurredOn: "2025-12-17", path: "house", stage: "received", sourceUrl: ENFORCE_BRIEFING, description: "Received in the House; held at the desk." },
        to: seeded(ENFORCE, "2025-12-17", "received"),
        why: OFFICIAL,
      },
      { kind: "verify", slug: ENFORCE, on: VERIFIED_ON },

      { kind: "add", slug: UK, event: seeded(UK, "2026-04-16", "consideration_of_amendments") },
      { kind: "add", slug: UK, event: seeded(UK, "2026-06-29", "in_force_in_part") },
      { kind: "verify", slug: UK, on: VERIFIED_ON },

      {
        kind: "split-statistic",
        from: { label: "Known abuse material hosted in the EU", value: "62 % (Netherlands 29 %, United States 14 %)" },
        to: [statistic("Share of known abuse material hosted in EU countries"), statistic("Known abuse material hosted, by country")],
      },
    ],
  },
];
