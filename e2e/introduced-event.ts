// The one status event the browser tests' throwaway bills start with: enough for a tracker, a
// history and a source link.
export const introducedInSenate = {
  occurredOn: "2025-01-16",
  stage: "introduced",
  chamber: "senate",
  description: "Introduced in the Senate.",
  sourceUrl: "https://www.congress.gov/bill/119th-congress/senate-bill/146/all-actions",
} as const;
