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
