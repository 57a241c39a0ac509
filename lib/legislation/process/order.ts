import { formatIsoDay } from "../dates";

import { eventTitle, findPath, findStep } from "./index";
import type { ModelEvent } from "./status";
import type { LegislatureModel, PathDefinition } from "./types";

// Whether a new event fits the history around it. The next real step on any path is always in
// order; what looks wrong is a step dated before an earlier step of the same path and bill number
// (a vote before the introduction in that chamber), a step of the final stages dated before a
// chamber passed the bill, a step after enactment dated before the bill became law, or a step
// after the bill's journey ended. Each may still be right (a record entered with the wrong year
// is not; a late companion bill is), so the editor confirms rather than being refused.

export interface OrderProblem {
  kind: "before_earlier_step" | "after_later_step" | "before_required_path" | "before_enactment" | "after_ending" | "house_mismatch";
  /** What the editor reads next to the confirmation box. */
  message: string;
}

export interface NewEvent {
  path: string;
  stage: string;
  occurredOn: string;
  chamber: string | null;
  billNumber: string | null;
}

/** Two events concern the same bill number unless both say which and they differ. */
function sameNumber(a: string | null, b: string | null): boolean {
  return a === null || b === null || a === b;
}

function describe(model: LegislatureModel, event: ModelEvent): string {
  return `"${eventTitle(model.code, event)}" (${formatIsoDay(event.occurredOn)})`;
}

/** The first problem with recording `next` among the bill's effective events, or null. */
export function orderProblem(model: LegislatureModel, events: readonly ModelEvent[], next: NewEvent): OrderProblem | null {
  const found = findStep(model, next.path, next.stage);
  if (!found) return null;
  const { path, step } = found;
  const counted = events.filter((event) => !event.attemptFailed && findStep(model, event.path, event.stage));
  const stepOf = (event: ModelEvent) => findStep(model, event.path, event.stage);

  if (path.kind === "chamber" || path.kind === "final") {
    for (const event of counted) {
      const other = stepOf(event);
      if (!other || event.path !== next.path || !sameNumber(event.billNumber, next.billNumber)) continue;
      if (other.step.rank < step.rank && event.occurredOn > next.occurredOn) {
        return { kind: "before_earlier_step", message: `This is dated before ${describe(model, event)}, which comes earlier on the same path. Check the date, or confirm it if it is right.` };
      }
      if (other.step.rank > step.rank && event.occurredOn < next.occurredOn) {
        return { kind: "after_later_step", message: `This is dated after ${describe(model, event)}, which comes later on the same path. Check the date and the bill number, or confirm it if it is right.` };
      }
    }
    for (const code of path.requires ?? []) {
      const required = findPath(model, code);
      if (!required) continue;
      const passed = lastCompleting(model, required, counted, next.billNumber);
      if (passed && passed.occurredOn > next.occurredOn) {
        return { kind: "before_required_path", message: `This is dated before ${describe(model, passed)}, which comes first. Check the date, or confirm it if it is right.` };
      }
    }
  }

  if (path.kind === "after") {
    const enacted = counted
      .filter((event) => stepOf(event)?.step.effect === "enacts")
      .sort((a, b) => a.occurredOn.localeCompare(b.occurredOn))[0];
    if (enacted && enacted.occurredOn > next.occurredOn) {
      return { kind: "before_enactment", message: `This is dated before the bill became law, ${describe(model, enacted)}. Check the date, or confirm it if it is right.` };
    }
  }

  if (path.kind !== "procedure") {
    const ended = counted.find((event) => stepOf(event)?.path.kind === "outcome" && event.occurredOn < next.occurredOn);
    if (ended && path.kind !== "outcome") {
      return { kind: "after_ending", message: `The bill's journey ended with ${describe(model, ended)}. Retract or correct that entry first, or confirm this one if both are right.` };
    }
  }

  if (model.houses && path.kind === "chamber" && next.chamber) {
    const otherHouse = path.code === model.houses.first ? model.houses.second : path.code === model.houses.second ? model.houses.first : null;
    const clash = otherHouse ? counted.find((event) => event.path === otherHouse && event.chamber === next.chamber) : undefined;
    if (clash) {
      return { kind: "house_mismatch", message: `${describe(model, clash)} already puts the other House in this chamber. Check the House and the chamber, or confirm it if it is right.` };
    }
  }
  return null;
}

/** The latest event that took a path to the rank where it is done, for that bill number. */
function lastCompleting(model: LegislatureModel, path: PathDefinition, events: readonly ModelEvent[], billNumber: string | null): ModelEvent | null {
  const doneAt = path.steps.filter((step) => !step.optional).reduce((max, step) => Math.max(max, step.rank), 0);
  const completing = events.filter((event) => {
    if (event.path !== path.code || !sameNumber(event.billNumber, billNumber)) return false;
    const found = findStep(model, event.path, event.stage);
    return found !== null && found.step.rank >= doneAt;
  });
  return completing.sort((a, b) => b.occurredOn.localeCompare(a.occurredOn))[0] ?? null;
}
