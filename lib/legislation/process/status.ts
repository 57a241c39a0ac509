import { formatIsoDay } from "../dates";

import { capitalise, chamberName, fill, findStep } from "./index";
import type { LegislatureModel, PathDefinition, PhaseCode, StepDefinition, StepEffect, TermEnd } from "./types";

// A bill's status, derived per path from its effective events and its legislature's model: where
// each chamber's path stands, whether it became law and what happened after, the sentence a
// person would say, and the usual next step on each open path. Pure, so the bill page, the
// board, the embed, the API and the commands agree, and the rules are tested without a database.

/** An effective event (neither retracted nor superseded), as the status needs it. */
export interface ModelEvent {
  id: string;
  path: string;
  stage: string;
  /** "YYYY-MM-DD". */
  occurredOn: string;
  /** When it was recorded (RFC 3339), to order events of the same day. */
  recordedAt: string;
  chamber: string | null;
  billNumber: string | null;
  /** An attempt that failed (an objection to unanimous consent): in the history, moving nothing. */
  attemptFailed: boolean;
  /** Who acted: a committee, a regulator, a court. */
  body: string | null;
}

export interface BillContext {
  numbers: readonly string[];
  region: string | null;
  session: string;
}

/** The moment the status is for: now, or the end of an earlier day (`asOf`); null: as recorded, without the end of a term. */
export interface StatusMoment {
  now: Date;
  asOf?: string;
}

/**
 * done: reached (or passed without an event of its own). current: where the path stands now.
 * upcoming: still ahead. not_reached: left behind when the bill's journey ended.
 */
export type SlotStatus = "done" | "current" | "upcoming" | "not_reached";

export interface Slot {
  code: string;
  label: string;
  status: SlotStatus;
  /** The earliest recorded date of this step; null when it was passed without a dated event. */
  reachedOn: string | null;
  /** For a step passed without an event of its own: the date of the first later step on its path. */
  reachedBy: string | null;
  chamber: string | null;
  billNumber: string | null;
  effect: StepEffect | null;
}

export interface PathState {
  code: string;
  kind: "chamber" | "final";
  /** "Senate", or the House's name once known ("House of Lords"). */
  label: string;
  /** "First House" when the label is the House's name. */
  role: string | null;
  started: boolean;
  complete: boolean;
  slots: Slot[];
  /** Attempts on this path that failed (an objection to unanimous consent), in date order. */
  attempts: { label: string; occurredOn: string }[];
  /** The usual next step on this path, when it is open. */
  next: string | null;
}

export interface AfterEntry {
  id: string;
  code: string;
  label: string;
  occurredOn: string;
  body: string | null;
  attemptFailed: boolean;
  effect: StepEffect | null;
}

export interface Ending {
  code: string;
  label: string;
  occurredOn: string | null;
  /** Derived from the model (the end of a Congress), not recorded by an editor. */
  derived: boolean;
  /** For a derived ending: the rule and where it is written. */
  rule: { text: string; sourceUrl: string } | null;
}

export interface NextStep {
  path: string;
  pathLabel: string;
  text: string;
}

export interface BillStatus {
  phase: PhaseCode;
  /** "Passed the Senate; in the House Committee on the Judiciary". Empty with no history. */
  sentence: string;
  /** The step the bill is best known to be at, stored on the bill for lists and filters. */
  headline: { path: string; stage: string; label: string } | null;
  /** The chamber and final paths, in drawing order (skipped optional paths left out). */
  paths: PathState[];
  /** Life after enactment, in date order; null while the bill is not law and nothing happened after. */
  after: { entries: AfterEntry[]; next: string | null } | null;
  enactment: { code: string; label: string; occurredOn: string | null } | null;
  ending: Ending | null;
  nextSteps: NextStep[];
  /** The end of the bill's term, when its legislature fixes one. */
  term: TermEnd | null;
}

interface Known {
  event: ModelEvent;
  path: PathDefinition;
  step: StepDefinition;
}

/** By date, then when it was recorded, then id (code-unit order, as the migration's SQL sorts with COLLATE "C"). */
function compareEvents(a: ModelEvent, b: ModelEvent): number {
  return a.occurredOn.localeCompare(b.occurredOn) || a.recordedAt.localeCompare(b.recordedAt) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

function latest<T extends { event: ModelEvent }>(items: readonly T[]): T | null {
  return items.reduce<T | null>((best, item) => (!best || compareEvents(item.event, best.event) > 0 ? item : best), null);
}

function lowerFirst(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1);
}

/** Which chamber each House path is, for legislatures where a bill may start in either House. */
function resolveHouses(model: LegislatureModel, known: readonly Known[]): Map<string, string | null> {
  const houses = new Map<string, string | null>();
  if (!model.houses) return houses;
  const { first, second, chambers } = model.houses;
  const other = (chamber: string | null) => (chamber ? (chambers.find((candidate) => candidate !== chamber) ?? null) : null);
  const chamberOf = (path: string) =>
    [...known]
      .filter((item) => item.path.code === path && item.event.chamber && chambers.includes(item.event.chamber))
      .sort((a, b) => compareEvents(a.event, b.event))[0]?.event.chamber ?? null;
  const firstChamber = chamberOf(first);
  const secondChamber = chamberOf(second);
  houses.set(first, firstChamber ?? other(secondChamber));
  houses.set(second, secondChamber ?? other(firstChamber));
  return houses;
}

/** Every path `path` requires, directly or through another. */
function requiredBy(model: LegislatureModel, path: PathDefinition, seen = new Set<string>()): Set<string> {
  for (const code of path.requires ?? []) {
    if (seen.has(code)) continue;
    seen.add(code);
    const required = model.paths.find((candidate) => candidate.code === code);
    if (required) requiredBy(model, required, seen);
  }
  return seen;
}

function depthOf(model: LegislatureModel, path: PathDefinition): number {
  return requiredBy(model, path).size;
}

function maxRequiredRank(path: PathDefinition): number {
  return path.steps.filter((step) => !step.optional).reduce((max, step) => Math.max(max, step.rank), 0);
}

/** The term's end, if it has passed by the moment of the status. */
function endedTerm(model: LegislatureModel, context: BillContext, moment: StatusMoment | null): TermEnd | null {
  const term = model.termEnd?.(context.session) ?? null;
  if (!term || !moment) return null;
  const ended = moment.asOf ? moment.asOf >= term.endsOn : moment.now.getTime() >= Date.parse(term.endsAt);
  return ended ? term : null;
}

/** The bill's status from its effective events (retracted and superseded ones left out by the caller). */
export function deriveStatus(
  model: LegislatureModel,
  events: readonly ModelEvent[],
  context: BillContext,
  moment: StatusMoment | null,
): BillStatus {
  const all = events.flatMap((event): Known[] => {
    const found = findStep(model, event.path, event.stage);
    return found ? [{ event, path: found.path, step: found.step }] : [];
  });
  const counted = all.filter((item) => !item.event.attemptFailed);
  const houses = resolveHouses(model, all);
  const chamberOf = (path: PathDefinition, event: ModelEvent | null) =>
    path.chamber ?? houses.get(path.code) ?? event?.chamber ?? null;
  const nameOf = (chamber: string | null) => (chamber ? chamberName(model, chamber, context.region) : null);
  const wording = (text: string, path: PathDefinition, event: ModelEvent | null, body?: string | null) =>
    fill(text, nameOf(chamberOf(path, event)), lowerFirst(path.label)).replace(/\{body\}/g, body ?? "");

  const decisive = latest(counted.filter((item) => item.step.effect === "enacts" || item.step.effect === "ends"));
  const afterItems = all.filter((item) => item.path.kind === "after").sort((a, b) => compareEvents(a.event, b.event));
  const countedAfter = afterItems.filter((item) => !item.event.attemptFailed);
  const enacted = decisive ? decisive.step.effect === "enacts" : countedAfter.length > 0;
  const enactment = enacted
    ? (latest(counted.filter((item) => item.step.effect === "enacts")) ?? null)
    : null;
  const term = model.termEnd?.(context.session) ?? null;
  const recordedEnding = decisive && decisive.step.effect === "ends" ? decisive : null;
  const deadTerm = !enacted && !recordedEnding ? endedTerm(model, context, moment) : null;
  const ended = recordedEnding !== null || deadTerm !== null;

  const rowPaths = model.paths.filter((path) => path.kind === "chamber" || path.kind === "final");
  const started = new Set(counted.map((item) => item.path.code));
  const implied = new Set<string>();
  for (const path of rowPaths) {
    if (started.has(path.code)) for (const code of requiredBy(model, path)) implied.add(code);
  }
  if (enacted) {
    for (const path of rowPaths) {
      if (path.kind === "final") {
        implied.add(path.code);
        for (const code of requiredBy(model, path)) implied.add(code);
      }
    }
  }
  // A skipped optional path (no trilogue recorded) is not drawn as done, only left out.
  const hidden = (path: PathDefinition) =>
    path.optional === true && !started.has(path.code) && (implied.has(path.code) || rowPaths.some((other) => started.has(other.code) && requiredBy(model, other).has(path.code)));

  // Which paths are done, before any "next step" is worked out: a path's next depends on others'.
  const reachedRankOf = (path: PathDefinition) =>
    counted.filter((item) => item.path.code === path.code).reduce((max, item) => Math.max(max, item.step.rank), 0);
  const completeCodes = new Set(
    rowPaths.filter((path) => reachedRankOf(path) >= maxRequiredRank(path) || implied.has(path.code)).map((path) => path.code),
  );
  const isDone = (code: string) => completeCodes.has(code);

  const paths: PathState[] = [];
  const openNext: NextStep[] = [];
  const frontier: { path: PathDefinition; item: Known; firstOn: string }[] = [];

  for (const path of rowPaths) {
    if (hidden(path)) continue;
    const onPath = counted.filter((item) => item.path.code === path.code);
    const reachedRank = reachedRankOf(path);
    const complete = isDone(path.code);
    const throughRank = complete ? Math.max(reachedRank, maxRequiredRank(path)) : reachedRank;
    const ranks = [...new Set(path.steps.map((step) => step.rank))].sort((a, b) => a - b);

    const slots: Slot[] = [];
    for (const rank of ranks) {
      const group = path.steps.filter((step) => step.rank === rank);
      const reached = onPath.filter((item) => item.step.rank === rank);
      const shown = latest(reached);
      // A step the path went past without it (passed without a committee report) is left out.
      if (!shown && group.every((candidate) => candidate.optional) && rank <= throughRank) continue;
      const step = shown?.step ?? group.find((candidate) => !candidate.optional) ?? group[0];
      if (!step) continue;
      // The date shown is when this bill number (the latest event's) reached the step: a companion
      // that got there earlier is not the bill that is there now.
      const first =
        reached
          .filter((item) => item.step.code === step.code && item.event.billNumber === shown?.event.billNumber)
          .sort((a, b) => compareEvents(a.event, b.event))[0]?.event ?? null;
      const later = onPath.filter((item) => item.step.rank > rank).map((item) => item.event.occurredOn).sort()[0] ?? null;
      const status: SlotStatus = rank <= throughRank ? "done" : ended || enacted ? "not_reached" : "upcoming";
      slots.push({
        code: step.code,
        label: shown ? step.label : (step.slotLabel ?? step.label),
        status,
        reachedOn: status === "done" ? (first?.occurredOn ?? null) : null,
        reachedBy: status === "done" && !first ? later : null,
        chamber: status === "done" ? chamberOf(path, first) : null,
        billNumber: status === "done" ? (first?.billNumber ?? null) : null,
        effect: step.effect ?? null,
      });
    }
    // The furthest step passed is where the path stands: the tracker marks it with aria-current.
    // A path done by implication (the Commission's proposal of an adopted act) stands at its
    // last recorded step, if it has one.
    const recorded = slots.findLastIndex((slot) => slot.status === "done" && slot.reachedOn !== null);
    const furthest = recorded >= 0 ? recorded : slots.findLastIndex((slot) => slot.status === "done");
    const furthestSlot = slots[furthest];
    if (furthestSlot) furthestSlot.status = "current";

    const current = latest(onPath.filter((item) => item.step.rank === reachedRank));
    const title = pathTitle(model, path, nameOf(chamberOf(path, null)), context.region);
    let next: string | null = null;
    if (!ended && !enacted && !complete) {
      if (current?.step.next) next = wording(current.step.next, path, current.event);
      else if (!current && path.start && isDue(model, path, rowPaths, started, isDone)) next = wording(path.start, path, null);
    }
    if (next) openNext.push({ path: path.code, pathLabel: title.label, text: capitalise(next) });
    if (current) {
      const firstOn = onPath.map((item) => item.event.occurredOn).sort()[0] ?? current.event.occurredOn;
      frontier.push({ path, item: current, firstOn });
    }
    const attempts = all
      .filter((item) => item.path.code === path.code && item.event.attemptFailed)
      .sort((a, b) => compareEvents(a.event, b.event))
      .map((item) => ({
        label: capitalise(wording(item.step.attempt ?? `Attempted, without success: ${item.step.title}`, path, item.event)),
        occurredOn: item.event.occurredOn,
      }));
    paths.push({ code: path.code, kind: path.kind === "final" ? "final" : "chamber", label: title.label, role: title.role, started: started.has(path.code), complete, slots, attempts, next });
  }

  const ending: Ending | null = recordedEnding
    ? { code: recordedEnding.step.code, label: capitalise(wording(recordedEnding.step.title, recordedEnding.path, recordedEnding.event)), occurredOn: recordedEnding.event.occurredOn, derived: false, rule: null }
    : deadTerm
      ? { code: "died", label: `Died at the end of the ${deadTerm.label}`, occurredOn: deadTerm.endsOn, derived: true, rule: { text: deadTerm.rule, sourceUrl: deadTerm.sourceUrl } }
      : null;

  const law = enacted ? lawState(countedAfter) : null;
  const phase: PhaseCode = ended ? "ended" : law ? law.phase : "legislature";

  const after =
    enacted || afterItems.length > 0
      ? {
          entries: afterItems.map((item) => ({
            id: item.event.id,
            code: item.step.code,
            label: item.event.attemptFailed ? capitalise(wording(item.step.attempt ?? `Attempted, without success: ${item.step.title}`, item.path, item.event)) : item.step.label,
            occurredOn: item.event.occurredOn,
            body: item.event.body,
            attemptFailed: item.event.attemptFailed,
            effect: item.step.effect ?? null,
          })),
          next: law?.next ?? null,
        }
      : null;

  let nextSteps: NextStep[] = [];
  if (recordedEnding?.step.next) {
    nextSteps = [{ path: recordedEnding.path.code, pathLabel: recordedEnding.path.label, text: capitalise(wording(recordedEnding.step.next, recordedEnding.path, recordedEnding.event)) }];
  } else if (law?.next) {
    nextSteps = [{ path: "after", pathLabel: "After enactment", text: law.next }];
  } else if (!ended && !enacted) {
    nextSteps = openNext;
  }

  const headlineItem = recordedEnding ?? enactment ?? (enacted ? (latest(countedAfter) ?? null) : furthestStep(model, frontier.map((entry) => entry.item)));
  const headline = headlineItem
    ? {
        path: headlineItem.path.code,
        stage: headlineItem.step.code,
        label: capitalise(wording(headlineItem.step.title, headlineItem.path, headlineItem.event)),
      }
    : null;

  let sentence: string;
  if (ending) {
    const reintroduced = all.some((item) => item.path.kind === "procedure" && item.step.code === "reintroduced");
    sentence = ending.derived ? ending.label : `${ending.label} on ${formatIsoDay(ending.occurredOn ?? "")}`;
    if (reintroduced) sentence += "; reintroduced as a new bill";
  } else if (law) {
    sentence = law.sentence(enactment?.event.occurredOn ?? null);
  } else {
    sentence = legislatureSentence(model, frontier, completeCodes, rowPaths, started, (entry) => {
      const { step, event } = entry.item;
      const text = event.body && step.phraseWithBody ? step.phraseWithBody : (step.phrase ?? lowerFirst(step.title));
      const number = event.billNumber && context.numbers.length > 1 && event.billNumber !== context.numbers[0] ? ` (${event.billNumber})` : "";
      return wording(text, entry.path, event, event.body) + number;
    });
  }

  return {
    phase,
    sentence,
    headline,
    paths,
    after,
    enactment: enactment
      ? { code: enactment.step.code, label: capitalise(wording(enactment.step.title, enactment.path, enactment.event)), occurredOn: enactment.event.occurredOn }
      : enacted
        ? { code: "enacted", label: "Became law", occurredOn: null }
        : null,
    ending,
    nextSteps,
    term,
  };
}

/**
 * Whether a path that has not started is the usual next step: once the paths it requires are
 * done (a skipped optional one counts as done), or, for a chamber that requires none, once
 * another chamber has passed the bill.
 */
function isDue(
  model: LegislatureModel,
  path: PathDefinition,
  rowPaths: readonly PathDefinition[],
  started: ReadonlySet<string>,
  isDone: (code: string) => boolean,
): boolean {
  if (path.requires?.length) {
    return path.requires.every((code) => {
      if (isDone(code)) return true;
      const required = model.paths.find((candidate) => candidate.code === code);
      // A skippable path not taken counts as done, unless it is itself the usual next step.
      return required?.optional === true && !started.has(code) && !isDue(model, required, rowPaths, started, isDone);
    });
  }
  return rowPaths.some((other) => other.kind === "chamber" && other.code !== path.code && started.has(other.code) && isDone(other.code));
}

/**
 * A chamber path's name: the House's name once known, with its role beneath; a chamber a state
 * names its own way ("Assembly"); else the path's own label.
 */
function pathTitle(model: LegislatureModel, path: PathDefinition, chamber: string | null, region: string | null): { label: string; role: string | null } {
  if (path.chamber) return { label: model.chamberName?.(path.chamber, region) ?? path.label, role: null };
  if (!chamber || path.kind !== "chamber") return { label: path.label, role: null };
  return { label: chamber, role: path.label };
}

/** The step furthest along: deeper paths first (the President after the chambers), then rank, then date. */
function furthestStep(model: LegislatureModel, items: readonly Known[]): Known | null {
  return items.reduce<Known | null>((best, item) => {
    if (!best) return item;
    const depth = depthOf(model, item.path) - depthOf(model, best.path);
    if (depth !== 0) return depth > 0 ? item : best;
    const rank = item.step.rank - best.step.rank;
    if (rank !== 0) return rank > 0 ? item : best;
    return compareEvents(item.event, best.event) > 0 ? item : best;
  }, null);
}

function legislatureSentence(
  model: LegislatureModel,
  frontier: readonly { path: PathDefinition; item: Known; firstOn: string }[],
  complete: ReadonlySet<string>,
  rowPaths: readonly PathDefinition[],
  started: ReadonlySet<string>,
  phrase: (entry: { path: PathDefinition; item: Known }) => string,
): string {
  if (frontier.length === 0) return "";
  const summarised = new Set<string>();
  for (const entry of frontier) {
    if (entry.path.kind === "final" || entry.path.summarises) for (const code of requiredBy(model, entry.path)) summarised.add(code);
  }
  const chambers = rowPaths.filter((path) => path.kind === "chamber" && !path.optional);
  const finalStarted = rowPaths.some((path) => path.kind === "final" && started.has(path.code));
  if (model.passedAll && !finalStarted && chambers.length > 0 && chambers.every((path) => complete.has(path.code))) {
    return capitalise(model.passedAll);
  }
  // What is done first ("passed the Senate"), then where the bill is now.
  const parts = frontier
    .filter((entry) => !summarised.has(entry.path.code))
    .sort((a, b) => Number(complete.has(b.path.code)) - Number(complete.has(a.path.code)) || a.firstOn.localeCompare(b.firstOn))
    .map(phrase);
  return capitalise(parts.join("; "));
}

/** Where a law stands after enactment, from what happened since. */
function lawState(items: readonly Known[]): { phase: PhaseCode; next: string | null; sentence: (enactedOn: string | null) => string } {
  const commencements = items.filter((item) => ["commences", "commences_in_part", "ends_law"].includes(item.step.effect ?? ""));
  const lastChange = latest(commencements);
  if (lastChange?.step.effect === "ends_law") {
    const label = lastChange.step.label;
    return { phase: "no_longer_in_force", next: null, sentence: () => `${label} on ${formatIsoDay(lastChange.event.occurredOn)}` };
  }
  const whole = items.some((item) => item.step.effect === "commences");
  const part = !whole && items.some((item) => item.step.effect === "commences_in_part");
  const enforcers = items.filter((item) => item.step.effect === "enforces" && item.step.code !== "challenge_filed");
  const challenged = items.some((item) => item.step.code === "challenge_filed") && !items.some((item) => item.step.code === "challenge_decided");
  const bodies = [...new Set(enforcers.flatMap((item) => (item.event.body ? [item.event.body] : [])))];
  const parts = ["Law"];
  if (whole) parts.push("in force");
  else if (part) parts.push("in force in part");
  if (enforcers.length > 0) parts.push(bodies.length ? `being enforced by the ${joinWords(bodies.map(withoutArticle))}` : "being enforced");
  if (challenged) parts.push("challenged in court");
  const phase: PhaseCode = enforcers.length > 0 || challenged ? "enforced" : whole || part ? "in_force" : "enacted";
  const next = whole ? null : part ? "Commencement of the remaining provisions" : "Entry into force (commencement)";
  return {
    phase,
    next,
    sentence: (enactedOn) =>
      parts.length === 1 ? `Law${enactedOn ? ` since ${formatIsoDay(enactedOn)}` : ""}; no commencement recorded yet` : parts.join("; "),
  };
}

function withoutArticle(name: string): string {
  return name.replace(/^the\s+/i, "");
}

function joinWords(words: readonly string[]): string {
  if (words.length <= 1) return words.join("");
  return `${words.slice(0, -1).join(", ")} and ${words.at(-1)}`;
}
