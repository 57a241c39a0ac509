import type { JurisdictionCode } from "./stages";

// Names of legislatures and chambers as readers know them.

export const jurisdictionNames = {
  us: "United States Congress",
  uk: "UK Parliament",
} as const;

const chamberNames: Record<string, string> = {
  senate: "Senate",
  house: "House",
  president: "President",
  commons: "House of Commons",
  lords: "House of Lords",
};

/** "House of Lords" for "lords"; an unknown code is shown as it is. */
export function chamberName(code: string): string {
  return chamberNames[code] ?? code;
}

// Which chambers and which calendar belong to each legislature. No zod here: the status event
// form (a client component) imports it, and the schema builds on it.

export const chambersByJurisdiction = {
  us: ["senate", "house", "president"],
  uk: ["commons", "lords"],
} as const satisfies Record<JurisdictionCode, readonly string[]>;

export const allChambers = [...chambersByJurisdiction.us, ...chambersByJurisdiction.uk] as const;

/** Each legislature's own calendar decides what "today" is for its dates. */
export const legislatureTimeZones: Record<JurisdictionCode, string> = {
  us: "America/New_York",
  uk: "Europe/London",
};

/** Today's date as "YYYY-MM-DD" in a time zone. */
export function todayIn(timeZone: string, now: Date = new Date()): string {
  // en-CA formats as YYYY-MM-DD.
  return new Intl.DateTimeFormat("en-CA", { timeZone, year: "numeric", month: "2-digit", day: "2-digit" }).format(now);
}
