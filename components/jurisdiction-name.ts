export const jurisdictionNames = {
  us: "United States Congress",
  uk: "UK Parliament",
} as const;

export const chamberNames: Record<string, string> = {
  senate: "Senate",
  house: "House",
  president: "President",
  commons: "House of Commons",
  lords: "House of Lords",
};
