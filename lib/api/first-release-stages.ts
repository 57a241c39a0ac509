import { ownValue } from "@/lib/lookup";

// API v1's first release filtered by one spine of stage codes; the process model
// (decision 0018) replaced them with step codes on paths. A client still sending an old code
// gets a 400 that names its replacement rather than a bill list that silently means
// something else: "passed one chamber" has no single step code now.
const replacements: Readonly<Record<string, string>> = {
  in_committee: "referred",
  passed_one_chamber: "passed or received (each bill's paths say which chamber)",
  passed_both_chambers: "passed (each bill's paths say which chambers)",
  to_president: "presented",
  enacted: "signed, became_law or became_law_without_signature, or use phase=enacted",
};

/** The words naming what replaced a first-release stage code, or undefined for any other value. */
export function replacementOfFirstReleaseStage(code: unknown): string | undefined {
  if (typeof code !== "string") return undefined;
  const uk = /^(first|second)_house_(first_reading|second_reading|committee|report|third_reading)$/.exec(code);
  if (uk) return `${uk[2]} (the path, first_house or second_house, says which House)`;
  return ownValue(replacements, code);
}
