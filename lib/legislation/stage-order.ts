import { currentStage, type StageEvent } from "./current-stage";
import { findStage, type JurisdictionCode, type Stage } from "./stages";

/**
 * The stage a new event would step back from, or null when the new stage is in order. A
 * stage before the bill's current one is allowed (a companion bill's committee can report
 * after the Senate passed the bill) but the editor must confirm it.
 */
export function outOfOrderAgainst(
  jurisdiction: JurisdictionCode,
  events: readonly StageEvent[],
  newStage: string,
): Stage | null {
  const current = currentStage(jurisdiction, events);
  const next = findStage(jurisdiction, newStage);
  if (!current || !next) return null;
  return next.rank < current.stage.rank ? current.stage : null;
}
