import type { Mapping, Placement } from "../types";

import { originChamber, type CongressBill } from "./identifier";

// Congress.gov bill actions → steps of the US Congress model (lib/legislation/process/us-congress.ts).
// An action carries its wording, a type ("IntroReferral", "Committee", "Floor"…), the system
// that entered it (0 Senate; 1 and 2 House; 9 Library of Congress) and, for the House and the
// Library only, an action code. The Library's codes are documented; the House's are not
// (Documentation/BillEndpoint.md), so the wording decides and codes only confirm. Each rule
// is tested against actions written in the official shape (rules.test.ts).

export interface CongressAction {
  actionCode?: string;
  actionDate: string;
  text: string;
  type?: string;
  sourceSystem?: { code?: number | string; name?: string };
}

type Chamber = "senate" | "house";

/** The chamber an action happened in: the clerk's system says; the Library's wording, else the bill's origin. */
export function actionChamber(action: CongressAction, bill: CongressBill): Chamber {
  const code = action.sourceSystem?.code === undefined ? null : String(action.sourceSystem.code);
  const name = action.sourceSystem?.name ?? "";
  if (code === "0" || name === "Senate") return "senate";
  if (code === "1" || code === "2" || name.startsWith("House")) return "house";
  const text = action.text;
  if (/\bH\. ?Rept\b|\bUnion Calendar\b/.test(text)) return "house";
  if (/\bS\. ?Rept\b|\bSenate Legislative Calendar\b/.test(text)) return "senate";
  const senate = text.search(/\bSenate\b/);
  const house = text.search(/\bHouse\b/);
  if (senate !== -1 && (house === -1 || senate < house)) return "senate";
  if (house !== -1) return "house";
  return originChamber(bill);
}

const CHAMBER_NAMES: Record<Chamber, string> = { senate: "Senate", house: "House" };

/** "Senate Committee on the Judiciary", from "referred to the Committee on the Judiciary". */
function committeeOf(text: string, chamber: Chamber): string | null {
  const match = /\b((?:House |Senate )?Committee on (?:the )?[A-Z][^.;,(]*?)(?:[.;,(]|\s+discharged|\s+by\b|$)/.exec(text);
  if (!match?.[1]) return null;
  const name = match[1].trim();
  return /^(House|Senate) /.test(name) ? name : `${CHAMBER_NAMES[chamber]} ${name}`;
}

/** "409–2", "Unanimous consent" or "Voice vote", when the wording gives one. */
export function voteOf(text: string): string | null {
  if (/unanimous consent/i.test(text)) return "Unanimous consent";
  if (/voice vote/i.test(text)) return "Voice vote";
  const tally = /(\d{1,3})\s*-\s*(\d{1,3})/.exec(text.replace(/\(Roll no\. \d+\)|Record Vote Number: \d+/gi, ""));
  return tally ? `${tally[1]}–${tally[2]}` : null;
}

function placed(path: string, stage: string, chamber: string | null, extra: Partial<Placement> = {}): Mapping {
  return { kind: "placed", placement: { path, stage, chamber, attemptFailed: false, body: null, vote: null, ...extra } };
}

const ignore = (reason: string): Mapping => ({ kind: "ignored", reason });

// Bookkeeping that neither moves a bill nor is news to its readers.
const BOOKKEEPING: readonly [RegExp, string][] = [
  [/^held at the desk/i, "the bill is held at the desk, which moves nothing"],
  [/^message on (senate|house) action sent to the (house|senate)/i, "the other chamber's receipt is the step"],
  [/mark-?up session held/i, "a markup is recorded when the committee orders the bill reported"],
  [/hearings? held/i, "a hearing is not a step of the bill"],
  [/^motion to reconsider laid on the table/i, "procedural"],
  [/^(sponsor introductory remarks|star print ordered)/i, "procedural"],
  [/^referred to the subcommittee/i, "a referral within a committee moves nothing on the path"],
];

/** Where a Congress.gov action goes on the US Congress model. */
export function mapCongressAction(action: CongressAction, bill: CongressBill): Mapping {
  const text = action.text.trim();
  const code = action.actionCode ?? "";
  for (const [pattern, reason] of BOOKKEEPING) if (pattern.test(text)) return ignore(reason);
  const chamber = actionChamber(action, bill);

  if (code === "1000" || code === "10000" || /^Intro-[HS]$/.test(code) || /^introduced in (the )?(house|senate)/i.test(text)) {
    return placed(chamber, "introduced", chamber);
  }
  if (/^received in the (house|senate)/i.test(text)) return placed(chamber, "received", chamber);
  if (/\bdischarged\b/i.test(text) && /committee/i.test(text)) {
    return placed(chamber, "discharged", chamber, { body: committeeOf(text, chamber), vote: voteOf(text) });
  }
  if (/referred to (the )?(house |senate )?committee/i.test(text)) {
    return placed(chamber, "referred", chamber, { body: committeeOf(text, chamber) });
  }
  if (/^(ordered to be reported|reported (by|favorably|with|without|to))/i.test(text) || /^committee on .* (ordered to be reported|reported by)\b/i.test(text) || code === "5000" || code === "H12200") {
    return placed(chamber, "reported", chamber, { body: committeeOf(text, chamber), vote: voteOf(text) });
  }
  if (/^placed on (the )?(union|house|senate legislative) calendar/i.test(text) || code === "H12410") {
    return placed(chamber, "calendared", chamber);
  }
  if (/^presented to president/i.test(text) || code === "28000") return placed("final", "presented", "president");
  if (/^signed by president/i.test(text) || /^became public law/i.test(text) || code === "36000") return placed("final", "signed", "president");
  if (/^became (public )?law without (the )?signature/i.test(text)) return placed("final", "became_law_without_signature", null);
  if (/^vetoed by president/i.test(text)) return placed("final", "vetoed", "president");
  const passage = /\bpass(ed|age)?\b|pass the bill/i.test(text);
  if (passage && /(failed of passage|not agreed to|\bfailed\b|objection (was )?heard)/i.test(text)) {
    return placed(chamber, "passed", chamber, { attemptFailed: true, vote: voteOf(text) });
  }
  if (/^passed (the )?(senate|house)/i.test(text) || /^passed\/agreed to in (senate|house)/i.test(text) || code === "8000" || code === "17000" || /on (motion to suspend the rules and pass the bill|passage).*agreed to/i.test(text)) {
    return placed(chamber, "passed", chamber, { vote: voteOf(text) });
  }
  if (action.type === "ResolvingDifferences" || /\b(conference (report|committee)|agreed to (the )?(senate|house) amendment|resolving differences)\b/i.test(text)) {
    return placed("final", "resolving_differences", null);
  }
  return { kind: "unplaced" };
}

/**
 * Which of two actions saying the same step on the same day to keep: the chamber's own clerk's
 * wording before the Library's restatement ("Passed/agreed to in Senate: …"), and "Signed by
 * President" before "Became Public Law".
 */
export function actionRank(action: CongressAction): number {
  const code = action.sourceSystem?.code === undefined ? "" : String(action.sourceSystem.code);
  if (/^became public law/i.test(action.text)) return 3;
  return code === "9" ? 1 : 0;
}
