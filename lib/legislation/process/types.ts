// The shape of a legislature's process model. Each legislature is one module
// (us-congress.ts, uk-parliament.ts, …) that fills this in; status.ts derives a bill's status from
// its events and the model, and the tracker, board, API and feeds read that. No zod and no
// Prisma here: the back office's client-side form imports the models too.

/** Where a bill stands as a whole, for the board's phase filter and the API. */
export type PhaseCode = "legislature" | "enacted" | "in_force" | "enforced" | "ended" | "no_longer_in_force";

/**
 * What reaching a step does beyond moving its path along.
 * enacts: the bill becomes law. ends: its journey ends without becoming law (a later "enacts",
 * such as a veto overridden, still wins). commences / commences_in_part: the law (or part of it)
 * is in force. enforces: someone enforces or challenges it. ends_law: it is no longer in force.
 */
export type StepEffect = "enacts" | "ends" | "commences" | "commences_in_part" | "enforces" | "ends_law";

/** Wording that names the chamber or House a step happened in; `{chamber}` is replaced. */
export type Wording = string;

export interface StepDefinition {
  code: string;
  /** Within its path's row: "Referred to committee". */
  label: string;
  /** In a history or a feed, where the path is not shown: "Referred to a {chamber} committee". */
  title: Wording;
  /** Position on the path; steps sharing a rank are alternatives (introduced, or received). */
  rank: number;
  /**
   * A step many bills skip (a committee report, a place on the calendar): drawn as ahead while
   * the path has not passed it, and left out once the path went past it without it.
   */
  optional?: boolean;
  /** What the path's row calls this step while no event says which of its alternatives it was. */
  slotLabel?: string;
  effect?: StepEffect;
  /** Where events of this step happen, when the path does not fix it (the President signs). */
  chamber?: string;
  /** The usual next step once this is the furthest step reached on its path; none: the path is done. */
  next?: Wording;
  /** How the status sentence says it, when this is where the path stands: "in committee in the {chamber}". */
  phrase?: Wording;
  /** The same when the event names who acted: "in the {body}" (the House Committee on the Judiciary). */
  phraseWithBody?: Wording;
  /** How a failed attempt at this step reads: "Attempt to pass the bill in the {chamber} failed". */
  attempt?: Wording;
}

/**
 * chamber: a chamber's own path (introduced → passed), drawn as a row. final: the steps after
 * both chambers (resolving differences, the President, Royal Assent), drawn as a row.
 * after: life after enactment, drawn as a list of what happened. outcome: ways the journey ends
 * (died, fallen, withdrawn), drawn as a marker. procedure: steps that move nothing (carried over).
 */
export type PathKind = "chamber" | "final" | "after" | "outcome" | "procedure";

export interface PathDefinition {
  code: string;
  /** "Senate", "First House", "After enactment". */
  label: string;
  kind: PathKind;
  /** The chamber every step of this path happens in, when it is fixed (the US Senate path). */
  chamber?: string;
  steps: readonly StepDefinition[];
  /** The usual next step while the path has not started (and the model says it is due). */
  start?: Wording;
  /** Paths that are done before this one starts: once it has started, they count as done. */
  requires?: readonly string[];
  /** A path bills may skip (trilogues): not drawn as missed once later paths have started. */
  optional?: boolean;
  /** Once started, the status sentence says where this path stands instead of the paths it requires. */
  summarises?: boolean;
}

export interface ChamberDefinition {
  code: string;
  /** "House of Lords", "Senate". */
  name: string;
}

/** When unfinished bills of a term or session stop: what the model knows, for one bill's session. */
export interface TermEnd {
  /** "119th Congress". */
  label: string;
  /** The day the term ends, "YYYY-MM-DD": bills not enacted by then die. */
  endsOn: string;
  /** The moment it ends (RFC 3339): noon in Washington for a Congress. */
  endsAt: string;
  /** The rule, in words a reader understands. */
  rule: string;
  /** Where the rule is written down. */
  sourceUrl: string;
}

export interface LegislatureModel {
  code: string;
  /** "United States Congress". */
  name: string;
  chambers: readonly ChamberDefinition[];
  /** The legislature's own calendar decides what "today" is for its dates. */
  timeZone: string;
  /** Every path, in drawing order: chambers, then the final steps, after enactment, outcomes, procedure. */
  paths: readonly PathDefinition[];
  /** A session a new bill gets unless the editor says otherwise. */
  defaultSession: string;
  /** For a legislature of several places (US states): what the bill's region is and its choices. */
  region?: { label: string; options: readonly string[] };
  /**
   * Paths whose House is decided by the bill (UK, Australia: a bill may start in either House):
   * the first and second House paths, and the two chambers they can be.
   */
  houses?: { first: string; second: string; chambers: readonly [string, string] };
  /** The end of the bill's term from its session ("119th Congress"), when the model knows one. */
  termEnd?: (session: string) => TermEnd | null;
  /** What happens to unfinished bills at the end of a term or session, in a sentence. */
  termRule: string;
  /** The status sentence once every chamber's path is done: "passed both chambers". */
  passedAll?: string;
  /** The name of a chamber for this bill: US states call their lower house differently. */
  chamberName?: (code: string, region: string | null) => string | null;
}
