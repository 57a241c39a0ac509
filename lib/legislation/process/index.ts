import { australia } from "./australia";
import { europeanUnion } from "./eu";
import type { ChamberDefinition, LegislatureModel, PathDefinition, StepDefinition, Wording } from "./types";
import { ukParliament } from "./uk-parliament";
import { usCongress } from "./us-congress";
import { usState } from "./us-state";

// Every legislature the tracker knows, and the look-ups the rest of the application uses.
// Adding a legislature is a module beside these and one line here.

export type * from "./types";
export * from "./phases";

export const legislatures = [usCongress, ukParliament, europeanUnion, usState, australia] as const satisfies readonly LegislatureModel[];

export type LegislatureCode = (typeof legislatures)[number]["code"];

export const legislatureCodes = legislatures.map((model) => model.code) as [LegislatureCode, ...LegislatureCode[]];

const byCode: ReadonlyMap<string, LegislatureModel> = new Map(legislatures.map((model) => [model.code, model]));

/** A bill stored with a code no module knows (one removed since): its history still shows. */
function unknownModel(code: string): LegislatureModel {
  return { code, name: code, chambers: [], timeZone: "UTC", defaultSession: "", paths: [], termRule: "" };
}

export function isLegislatureCode(code: string): code is LegislatureCode {
  return byCode.has(code);
}

export function modelOf(code: string): LegislatureModel {
  return byCode.get(code) ?? unknownModel(code);
}

export function legislatureName(code: string): string {
  return modelOf(code).name;
}

export function findPath(model: LegislatureModel, pathCode: string): PathDefinition | null {
  return model.paths.find((path) => path.code === pathCode) ?? null;
}

export function findStep(model: LegislatureModel, pathCode: string, stage: string): { path: PathDefinition; step: StepDefinition } | null {
  const path = findPath(model, pathCode);
  const step = path?.steps.find((candidate) => candidate.code === stage);
  return path && step ? { path, step } : null;
}

/** Paths that have a step with this code: one for most steps, several for a chamber's steps. */
export function pathsWithStep(model: LegislatureModel, stage: string): PathDefinition[] {
  return model.paths.filter((path) => path.steps.some((step) => step.code === stage));
}

/**
 * The path of a step given without one: the step's only path, or the path of the chamber given
 * (a Senate "passed" is on the Senate path). Null when it stays ambiguous or unknown.
 */
export function inferPath(model: LegislatureModel, stage: string, chamber: string | null): string | null {
  const candidates = pathsWithStep(model, stage);
  if (candidates.length === 1) return candidates[0]?.code ?? null;
  const byChamber = candidates.filter((path) => path.chamber !== undefined && path.chamber === chamber);
  return byChamber.length === 1 ? (byChamber[0]?.code ?? null) : null;
}

/** The name readers know a chamber by, for this bill ("Assembly" in California). */
export function chamberName(model: LegislatureModel, code: string, region: string | null = null): string {
  return model.chamberName?.(code, region) ?? model.chambers.find((chamber) => chamber.code === code)?.name ?? code;
}

/** Every chamber code any legislature uses, once each. */
export const allChamberCodes = [...new Set(legislatures.flatMap((model) => model.chambers.map((chamber) => chamber.code)))] as [
  string,
  ...string[],
];

export function chambersOf(model: LegislatureModel): readonly ChamberDefinition[] {
  return model.chambers;
}

/**
 * Fill `{chamber}` with the chamber's name; at the start of a sentence, with a capital. For a
 * House whose chamber is not known yet, the path's own name ("second House").
 */
export function fill(wording: Wording, chamber: string | null, fallback: string): string {
  const name = chamber ?? fallback;
  return wording.replace(/\{chamber\}/g, name);
}

export function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** The chamber a path's events happen in: fixed by the path, or the event's own. */
export function pathChamber(path: PathDefinition, eventChamber: string | null): string | null {
  return path.chamber ?? eventChamber;
}

export interface EventKey {
  path: string;
  stage: string;
  chamber: string | null;
  attemptFailed?: boolean;
}

/**
 * An event's step in words, where its path is not shown: "Passed the Senate", "Second reading in
 * the House of Lords", "Attempt to pass it in the Senate failed". Unknown codes are shown as
 * they are, so an event never disappears from a history.
 */
export function eventTitle(legislature: string, event: EventKey, region: string | null = null): string {
  const model = modelOf(legislature);
  const found = findStep(model, event.path, event.stage);
  if (!found) return event.stage;
  const { path, step } = found;
  const chamber = pathChamber(path, event.chamber);
  const name = chamber ? chamberName(model, chamber, region) : null;
  const wording = event.attemptFailed ? (step.attempt ?? `Attempted, without success: ${step.title}`) : step.title;
  return capitalise(fill(wording, name, path.label.toLowerCase()));
}

/** When the bill's term ends (Bill.termEndsAt), where its legislature fixes one: from its session. */
export function termEndsAt(jurisdiction: string, session: string): Date | null {
  const term = modelOf(jurisdiction).termEnd?.(session);
  return term ? new Date(term.endsAt) : null;
}

/** The denormalised headline of a bill (Bill.currentPath, currentStage) in words, for lists. */
export function headlineLabel(bill: { jurisdiction: string; currentPath: string | null; currentStage: string | null; region: string | null }): string {
  if (!bill.currentStage || !bill.currentPath) return "No status recorded yet";
  return eventTitle(bill.jurisdiction, { path: bill.currentPath, stage: bill.currentStage, chamber: null }, bill.region);
}

/** A step as the back office's form offers it: "Referred to a Senate committee", "Second reading in the second House". */
export function stepOptionLabel(model: LegislatureModel, path: PathDefinition, step: StepDefinition, region: string | null): string {
  const chamber = path.chamber ?? step.chamber ?? null;
  const fallback = path.label.charAt(0).toLowerCase() + path.label.slice(1);
  return capitalise(fill(step.title, chamber ? chamberName(model, chamber, region) : null, fallback));
}
