// What every source kind's parser hands the poller: the official items it found, each already
// placed (or not) on the bill's process model by that kind's mapping rules. No Prisma, no I/O:
// parsers and rules are pure, and tested against fixtures in the official shape.

/** Where the rules put an item: a step of the model, with what the wording says about it. */
export interface Placement {
  path: string;
  stage: string;
  chamber: string | null;
  attemptFailed: boolean;
  /** Who acted (a committee), when the wording names it. */
  body: string | null;
  /** A tally ("49–1") or "Unanimous consent", when the wording gives one. */
  vote: string | null;
}

export type Mapping =
  | { kind: "placed"; placement: Placement }
  /** A real step the rules cannot name: suggested without a step, for the editor to choose. */
  | { kind: "unplaced" }
  /** Bookkeeping that moves nothing ("Held at the desk."): never suggested. */
  | { kind: "ignored"; reason: string };

export interface OfficialItem {
  /** Identifies the item within the bill's sources, so that it is suggested once, ever. */
  itemKey: string;
  /** The legislative day, YYYY-MM-DD. */
  occurredOn: string;
  /** The official wording, kept as text. */
  description: string;
  sourceUrl: string;
  /**
   * Whether sourceUrl names this item alone (a sitting, an instrument): then an event citing
   * that address records this item. Congress.gov has one page for all of a bill's actions.
   */
  urlIdentifiesItem: boolean;
  /** Which of the bill's numbers it concerns ("S.3021"), where the source knows. */
  billNumber: string | null;
  mapping: Mapping;
  /** When two items of one answer say the same step on the same day, the lower rank is kept. */
  rank: number;
}

/** A parser's verdict on an answer: its items, or why it could not read them. */
export type ParseResult = { ok: true; items: OfficialItem[] } | { ok: false; message: string };

/** A version of a bill's text an official listing names, with the file to import it from. */
export interface OfficialTextVersion {
  /** "text:rs": one suggestion per version code and bill, ever. */
  itemKey: string;
  /** GPO's code, from the file's name (BILLS-119s3021rs.xml is `rs`). */
  code: string;
  /** The listing's own name for it ("Reported in Senate"). */
  officialName: string;
  /** The day of the action the version belongs to, YYYY-MM-DD; null when the listing gives none. */
  date: string | null;
  /** The bill XML file on govinfo. */
  fileUrl: string;
  billNumber: string;
}

/** A parser's verdict on a listing of text versions. */
export type TextVersionsResult = { ok: true; versions: OfficialTextVersion[] } | { ok: false; message: string };
