import { ownValue } from "@/lib/lookup";
import { storableText } from "@/lib/text";

import { parseDay, toDay } from "./dates";
import { positionStances, type PositionStance } from "./positions";
import { MAX_QUERY_LENGTH } from "./search-query";
import { isPhaseCode, legislatureCodes, type LegislatureCode, type OutcomeGroup, type PhaseCode } from "./process";

// The public pages' GET parameters, read into typed filters. Anything a reader can type or edit
// in the address bar is checked here: a value we cannot use is dropped with a message that the
// page shows next to the field, never an error page.

export type SearchParams = Record<string, string | string[] | undefined>;

export interface ParamProblem {
  field: string;
  message: string;
}

export type BoardSort = "activity" | "title" | "relevance";

export interface BoardFilters {
  q?: string;
  jurisdiction?: LegislatureCode;
  phase?: PhaseCode;
  /** The outcome groups of links made before phases existed (?outcome=enacted). */
  outcome?: OutcomeGroup;
  topic?: string;
  /** The current position of the organisation that runs the site (?ours=oppose). */
  ours?: PositionStance;
  sort: BoardSort;
}

/**
 * What "since" counts: "change" (the default) is what the tracker recorded, corrected, retracted
 * or published on or after the day; "action" is events whose legislative action was on or after it.
 */
export type SinceMeaning = "change" | "action";

export interface TimelineFilters {
  bill?: string;
  jurisdiction?: LegislatureCode;
  since?: string;
  by?: SinceMeaning;
  cursor?: TimelineCursor;
  changeCursor?: ChangeCursor;
}

export interface TimelineCursor {
  occurredOn: string;
  id: string;
}

export interface ChangeCursor {
  /** ISO 8601 time of the last change on the page. */
  at: string;
  key: string;
}

function first(params: SearchParams, name: string): string | undefined {
  const value = ownValue(params, name);
  const text = (Array.isArray(value) ? value[0] : value)?.trim();
  return text ? text : undefined;
}

const jurisdictions: readonly LegislatureCode[] = legislatureCodes;
const outcomes: readonly OutcomeGroup[] = ["enacted", "pending", "failed"];
const sorts: readonly BoardSort[] = ["activity", "title", "relevance"];
const sinceMeanings: readonly SinceMeaning[] = ["change", "action"];

function oneOf<T extends string>(options: readonly T[], value: string | undefined): T | undefined {
  return options.find((option) => option === value);
}

/** Board filters; a topic counts only if some public bill has it (the list is the bills'). */
export function parseBoardParams(
  params: SearchParams,
  knownTopics: readonly string[],
): { filters: BoardFilters; problems: ParamProblem[] } {
  const problems: ParamProblem[] = [];
  // A NUL or half an emoji cannot be searched for (PostgreSQL refuses them): they are dropped.
  const q = storableText(first(params, "q")?.slice(0, MAX_QUERY_LENGTH) ?? "").trim() || undefined;
  const jurisdictionText = first(params, "jurisdiction");
  const jurisdiction = oneOf(jurisdictions, jurisdictionText);
  if (jurisdictionText && !jurisdiction) {
    problems.push({ field: "jurisdiction", message: "Choose a legislature from the list." });
  }
  const phaseText = first(params, "phase");
  const phase = phaseText && isPhaseCode(phaseText) ? phaseText : undefined;
  if (phaseText && !phase) problems.push({ field: "phase", message: "Choose a phase from the list." });
  const outcomeText = first(params, "outcome");
  const outcome = phase ? undefined : oneOf(outcomes, outcomeText);
  if (outcomeText && !outcome && !phase) problems.push({ field: "phase", message: "Choose a phase from the list." });
  const topicText = first(params, "topic");
  const topic = knownTopics.find((known) => known === topicText);
  if (topicText && !topic) problems.push({ field: "topic", message: `No bill has the topic “${topicText.slice(0, 80)}”. Choose one from the list.` });
  const oursText = first(params, "ours");
  const ours = oneOf(positionStances, oursText);
  if (oursText && !ours) problems.push({ field: "ours", message: "Choose a position from the list." });
  const sortText = oneOf(sorts, first(params, "sort"));
  // Relevance only means something for a search; without one, fall back to the default.
  const sort = sortText === "relevance" && !q ? "activity" : (sortText ?? (q ? "relevance" : "activity"));
  return { filters: { q, jurisdiction, phase, outcome, topic, ours, sort }, problems };
}

/**
 * The `page` parameter of a paginated list: 1 when absent, null when it is not a page number
 * at all (the page answers 404: no such page, as for one past the last).
 */
export function parsePage(params: SearchParams): number | null {
  const text = first(params, "page");
  if (text === undefined) return 1;
  return /^[1-9]\d{0,5}$/.test(text) ? Number(text) : null;
}

export function hasBoardFilters(filters: BoardFilters): boolean {
  return Boolean(filters.q || filters.jurisdiction || filters.phase || filters.outcome || filters.topic || filters.ours);
}

const CURSOR = /^(\d{4}-\d{2}-\d{2})\.([a-z0-9]{1,64})$/;
const CHANGE_CURSOR = /^(\d{1,15})\.((?:recorded|corrected|retracted|published)-[a-z0-9]{1,64})$/;

export function encodeCursor(cursor: TimelineCursor): string {
  return `${cursor.occurredOn}.${cursor.id}`;
}

export function decodeCursor(value: string): TimelineCursor | null {
  const [, occurredOn, id] = CURSOR.exec(value) ?? [];
  return occurredOn && id && parseDay(occurredOn) ? { occurredOn, id } : null;
}

export function encodeChangeCursor(cursor: ChangeCursor): string {
  return `${Date.parse(cursor.at)}.${cursor.key}`;
}

export function decodeChangeCursor(value: string): ChangeCursor | null {
  const [, ms, key] = CHANGE_CURSOR.exec(value) ?? [];
  const at = ms ? new Date(Number(ms)) : null;
  return at && key && !Number.isNaN(at.getTime()) ? { at: at.toISOString(), key } : null;
}

const DAY_HINT = "Enter a real date, for example 17 November 2025 (in a link, 2025-11-17).";

/** A "YYYY-MM-DD" parameter, or a problem saying how to write it. */
function dayParam(params: SearchParams, name: string, problems: ParamProblem[]): string | undefined {
  const text = first(params, name);
  if (!text) return undefined;
  const day = parseDay(text);
  if (!day) {
    problems.push({ field: name, message: DAY_HINT });
    return undefined;
  }
  return toDay(day);
}

export function parseTimelineParams(
  params: SearchParams,
  knownBills: readonly string[],
): { filters: TimelineFilters; problems: ParamProblem[] } {
  const problems: ParamProblem[] = [];
  const billText = first(params, "bill");
  const bill = knownBills.find((slug) => slug === billText);
  if (billText && !bill) problems.push({ field: "bill", message: "Choose a bill from the list." });
  const jurisdictionText = first(params, "jurisdiction");
  const jurisdiction = oneOf(jurisdictions, jurisdictionText);
  if (jurisdictionText && !jurisdiction) {
    problems.push({ field: "jurisdiction", message: "Choose a legislature from the list." });
  }
  const since = dayParam(params, "since", problems);
  const byText = first(params, "by");
  const by = oneOf(sinceMeanings, byText);
  if (byText && !by) problems.push({ field: "by", message: "Choose what to show since that day from the list." });
  const byChange = Boolean(since) && by !== "action";
  const cursorText = first(params, "cursor");
  const cursor = cursorText && !byChange ? decodeCursor(cursorText) : null;
  const changeCursor = cursorText && byChange ? decodeChangeCursor(cursorText) : null;
  if (cursorText && !cursor && !changeCursor) {
    problems.push({ field: "cursor", message: "That link to older events is not valid, so the latest events are shown." });
  }
  return {
    filters: {
      bill,
      jurisdiction,
      since,
      by: since ? (by ?? "change") : undefined,
      cursor: cursor ?? undefined,
      changeCursor: changeCursor ?? undefined,
    },
    problems,
  };
}

/** The colours of the embed code a bill page offers: the reader's own setting, or fixed. */
export type EmbedTheme = "auto" | "light" | "dark";

export function parseEmbedTheme(params: SearchParams): EmbedTheme {
  const value = first(params, "embedTheme");
  return value === "light" || value === "dark" ? value : "auto";
}

/** The order of a bill's status history: newest first, as Congress.gov and the back office show it. */
export type HistoryOrder = "newest" | "oldest";

export function parseHistoryOrder(params: SearchParams): HistoryOrder {
  return first(params, "order") === "oldest" ? "oldest" : "newest";
}

/** The bill page's `asOf` day; a day after `today` means today. */
export function parseAsOf(params: SearchParams, today: string): { asOf?: string; problems: ParamProblem[] } {
  const problems: ParamProblem[] = [];
  const asOf = dayParam(params, "asOf", problems);
  return { asOf: asOf && asOf < today ? asOf : undefined, problems };
}

/** A query string of the given parameters, leaving out empty ones ("" when none are left). */
export function queryString(params: Record<string, string | undefined>): string {
  const search = new URLSearchParams();
  for (const [name, value] of Object.entries(params)) if (value) search.set(name, value);
  const text = search.toString();
  return text ? `?${text}` : "";
}
