import { currentStage, effectiveEvents, type StageEvent } from "./current-stage";
import { findStage, type JurisdictionCode, type Stage } from "./stages";

/** Why a new status event looks out of order; the editor may still confirm it. */
export type OrderProblem =
  /** The stage comes before the bill's current one. */
  | { kind: "behind"; current: Stage }
  /** The stage is dated before a step that comes earlier in the process. */
  | { kind: "predates"; step: Stage; occurredOn: Date };

/**
 * Whether recording `newStage` on `newDate` would put the history out of order, or null. Both
 * can be right (a companion bill's committee reports after the Senate passed the bill; a
 * record was entered late with the wrong year), so the editor confirms rather than being
 * refused.
 */
export function stageOrderProblem(
  jurisdiction: JurisdictionCode,
  events: readonly StageEvent[],
  newStage: string,
  newDate: Date,
): OrderProblem | null {
  const next = findStage(jurisdiction, newStage);
  if (!next) return null;
  const current = currentStage(jurisdiction, events);
  if (current && next.rank < current.stage.rank) return { kind: "behind", current: current.stage };
  const laterEarlierStep = effectiveEvents(events)
    .flatMap((event) => {
      const stage = findStage(jurisdiction, event.stage);
      return stage && stage.rank < next.rank && event.occurredOn > newDate ? [{ stage, occurredOn: event.occurredOn }] : [];
    })
    .sort((a, b) => b.occurredOn.getTime() - a.occurredOn.getTime())[0];
  return laterEarlierStep ? { kind: "predates", step: laterEarlierStep.stage, occurredOn: laterEarlierStep.occurredOn } : null;
}
