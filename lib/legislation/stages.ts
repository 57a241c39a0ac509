// The stage catalogue: the ordered stages of each legislature, in code rather than rows, so
// that the public progress tracker, validation and the current-stage rule share one source.

export type JurisdictionCode = "us" | "uk";

export interface Stage {
  code: string;
  label: string;
  /** Position in the normal order of progress; outcomes share the rank of the step they end. */
  rank: number;
  /** An outcome that ends the bill's journey (law, veto, lapse). */
  outcome?: "enacted" | "failed";
  /** For UK bills: which House's pass this step belongs to. */
  house?: "first" | "second";
}

export interface StageCatalogue {
  jurisdiction: JurisdictionCode;
  name: string;
  /** The steps drawn on the progress tracker, in order; the last is the enacting step. */
  steps: readonly Stage[];
  /** Ways a bill's journey can end without becoming law. */
  endings: readonly Stage[];
}

const us: StageCatalogue = {
  jurisdiction: "us",
  name: "United States Congress",
  steps: [
    { code: "introduced", label: "Introduced", rank: 1 },
    { code: "in_committee", label: "In committee", rank: 2 },
    { code: "reported", label: "Reported by committee", rank: 3 },
    { code: "passed_one_chamber", label: "Passed one chamber", rank: 4 },
    { code: "passed_both_chambers", label: "Passed both chambers", rank: 5 },
    { code: "to_president", label: "Sent to the President", rank: 6 },
    { code: "enacted", label: "Became law", rank: 7, outcome: "enacted" },
  ],
  endings: [
    { code: "vetoed", label: "Vetoed", rank: 6, outcome: "failed" },
    { code: "failed", label: "Failed", rank: 4, outcome: "failed" },
    { code: "died", label: "Died at the end of the Congress", rank: 4, outcome: "failed" },
  ],
};

const uk: StageCatalogue = {
  jurisdiction: "uk",
  name: "UK Parliament",
  steps: [
    { code: "first_house_first_reading", label: "First reading", rank: 1, house: "first" },
    { code: "first_house_second_reading", label: "Second reading", rank: 2, house: "first" },
    { code: "first_house_committee", label: "Committee stage", rank: 3, house: "first" },
    { code: "first_house_report", label: "Report stage", rank: 4, house: "first" },
    { code: "first_house_third_reading", label: "Third reading", rank: 5, house: "first" },
    { code: "second_house_first_reading", label: "First reading", rank: 6, house: "second" },
    { code: "second_house_second_reading", label: "Second reading", rank: 7, house: "second" },
    { code: "second_house_committee", label: "Committee stage", rank: 8, house: "second" },
    { code: "second_house_report", label: "Report stage", rank: 9, house: "second" },
    { code: "second_house_third_reading", label: "Third reading", rank: 10, house: "second" },
    { code: "consideration_of_amendments", label: "Consideration of amendments (ping-pong)", rank: 11 },
    { code: "royal_assent", label: "Royal Assent", rank: 12, outcome: "enacted" },
  ],
  endings: [
    { code: "fallen", label: "Fallen", rank: 11, outcome: "failed" },
    { code: "withdrawn", label: "Withdrawn", rank: 11, outcome: "failed" },
  ],
};

export const catalogues: Readonly<Record<JurisdictionCode, StageCatalogue>> = { us, uk };

export function stagesOf(jurisdiction: JurisdictionCode): readonly Stage[] {
  const catalogue = catalogues[jurisdiction];
  return [...catalogue.steps, ...catalogue.endings];
}

/** The stage with this code in the jurisdiction's catalogue, or null if it does not belong. */
export function findStage(jurisdiction: JurisdictionCode, code: string): Stage | null {
  return stagesOf(jurisdiction).find((stage) => stage.code === code) ?? null;
}

export function isStageOf(jurisdiction: JurisdictionCode, code: string): boolean {
  return findStage(jurisdiction, code) !== null;
}

/** The label a reader sees, e.g. "Second reading" or "Died at the end of the Congress". */
export function stageLabel(jurisdiction: JurisdictionCode, code: string): string {
  return findStage(jurisdiction, code)?.label ?? code;
}

export type OutcomeGroup = "enacted" | "pending" | "failed";

/** Which of the board's outcome groups a bill at this stage belongs to. */
export function outcomeGroup(jurisdiction: JurisdictionCode, code: string | null): OutcomeGroup {
  const outcome = code ? findStage(jurisdiction, code)?.outcome : undefined;
  return outcome ?? "pending";
}
