import type { WatchedSourceKind } from "@/lib/db/generated/client";

// The official records the launch bills are watched at: "Official records to watch" in the
// launch content (../shared/content/legislation.md). The EU entries have no watcher yet; their
// editors record them by hand. The source-watch migrations add the same list to databases
// seeded before them.

export interface SeedWatch {
  kind: WatchedSourceKind;
  identifier: string;
  /** legislation.gov.uk: the Act's title, by which the instruments made under it are found. */
  matchWords?: string[];
}

export const watchedSources: Readonly<Record<string, readonly SeedWatch[]>> = {
  "take-it-down-act": [
    { kind: "congress_bill", identifier: "119/s/146" },
    { kind: "congress_bill", identifier: "119/hr/633" },
  ],
  "stop-csam-act": [
    { kind: "congress_bill", identifier: "119/s/1829" },
    { kind: "congress_bill", identifier: "119/hr/3921" },
  ],
  "enforce-act": [
    { kind: "congress_bill", identifier: "119/s/3021" },
    { kind: "congress_bill", identifier: "119/hr/4831" },
  ],
  "uk-crime-and-policing-bill": [
    { kind: "uk_bill", identifier: "3938" },
    { kind: "legislation_gov_uk", identifier: "ukpga/2026/20", matchWords: ["Crime and Policing Act 2026"] },
    // The Act's own page: Royal Assent and which provisions are in force.
    { kind: "legislation_act", identifier: "ukpga/2026/20" },
  ],
};
