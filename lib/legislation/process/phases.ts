import type { PhaseCode } from "./types";

// A bill's phase in words, for the board's filter and tags, and the three outcome groups that
// links and API clients from before the process model still use (?outcome=enacted).

export const phases: readonly { code: PhaseCode; label: string }[] = [
  { code: "legislature", label: "In the legislature" },
  { code: "enacted", label: "Enacted, not yet in force" },
  { code: "in_force", label: "In force" },
  { code: "enforced", label: "Being enforced or challenged" },
  { code: "no_longer_in_force", label: "No longer in force" },
  { code: "ended", label: "Ended without becoming law" },
];

export const phaseCodes = phases.map((phase) => phase.code) as [PhaseCode, ...PhaseCode[]];

export function isPhaseCode(value: string): value is PhaseCode {
  return (phaseCodes as readonly string[]).includes(value);
}

export function phaseLabel(phase: PhaseCode): string {
  return phases.find((candidate) => candidate.code === phase)?.label ?? phase;
}

export type OutcomeGroup = "enacted" | "pending" | "failed";

/** Became law (whatever happened since), still in the legislature, or ended without becoming law. */
export function outcomeOfPhase(phase: PhaseCode): OutcomeGroup {
  if (phase === "legislature") return "pending";
  if (phase === "ended") return "failed";
  return "enacted";
}

export function phasesOfOutcome(outcome: OutcomeGroup): PhaseCode[] {
  return phaseCodes.filter((phase) => outcomeOfPhase(phase) === outcome);
}
