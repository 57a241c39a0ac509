import "server-only";

import { stringify } from "csv-stringify/sync";

import type { BillDetail } from "./schema";

// The CSV export: one row per status event, with its bill's columns (its organisations' current
// positions among them) repeated so that each row
// stands alone in a spreadsheet; a bill with no events still gets one row. RFC 4180 (CRLF,
// quotes doubled) in UTF-8 with a byte-order mark, which spreadsheet programs need to read
// non-ASCII text (the "–" in "2024–26 session") correctly.

export const csvColumns = [
  "bill_slug",
  "bill_short_title",
  "bill_title",
  "jurisdiction",
  "bill_numbers",
  "session",
  "current_stage",
  "current_stage_label",
  "outcome",
  "bill_url",
  "event_id",
  "event_stage",
  "event_stage_label",
  "occurred_on",
  "chamber",
  // Added with the process model; appended so that existing columns keep their place.
  "description",
  "vote",
  "source_url",
  "source_kind",
  "archive_url",
  "note",
  "recorded_at",
  "corrects_event_id",
  "event_status",
  "retracted_at",
  "retraction_reason",
  "region",
  "current_path",
  "phase",
  "status",
  "next_steps",
  "event_path",
  "event_bill_number",
  "event_attempt_failed",
  "event_body",
  "event_subject",
  "event_provisions",
  // Added with positions: each organisation's current position on the bill.
  "current_positions",
] as const;

type CsvRow = Record<(typeof csvColumns)[number], string>;

// Spreadsheet programs run a cell that starts with = + - @ (or a tab or carriage return, which
// some strip first) as a formula, so text an editor typed, or an official record's wording,
// could fetch a web address or run a command on an advocate's machine. Such cells get a
// leading apostrophe, which spreadsheets read as "this is text" and do not show (OWASP's
// advice for CSV injection). The JSON export carries every value exactly.
const FORMULA_START = /^[=+\-@\t\r]/;

/** The cell as a spreadsheet should read it: formula-like text is neutralised. */
export function spreadsheetCell(value: string): string {
  return FORMULA_START.test(value) ? `'${value}` : value;
}

function rowsOf(bill: BillDetail): CsvRow[] {
  const billColumns = {
    bill_slug: bill.slug,
    bill_short_title: bill.shortTitle,
    bill_title: bill.title,
    jurisdiction: bill.jurisdiction,
    bill_numbers: bill.numbers.join(" / "),
    session: bill.session,
    current_stage: bill.stage ?? "",
    current_stage_label: bill.stageLabel,
    outcome: bill.outcome,
    bill_url: bill.url,
    region: bill.region ?? "",
    current_path: bill.path ?? "",
    phase: bill.phase,
    status: bill.status,
    next_steps: bill.nextSteps.map((step) => `${step.pathLabel}: ${step.text}`).join("; "),
    // The history is in the JSON export; a spreadsheet row gets where each organisation stands now.
    current_positions: bill.positions
      .filter((position) => position.current)
      .map((position) => `${position.organisation.name}: ${position.stanceLabel} (${position.statedOn})`)
      .join("; "),
  };
  const empty = {
    event_id: "",
    event_stage: "",
    event_stage_label: "",
    occurred_on: "",
    chamber: "",
    description: "",
    vote: "",
    source_url: "",
    source_kind: "",
    archive_url: "",
    note: "",
    recorded_at: "",
    corrects_event_id: "",
    event_status: "",
    retracted_at: "",
    retraction_reason: "",
    event_path: "",
    event_bill_number: "",
    event_attempt_failed: "",
    event_body: "",
    event_subject: "",
    event_provisions: "",
  };
  if (bill.history.length === 0) return [{ ...billColumns, ...empty }];
  return bill.history.map((event) => ({
    ...billColumns,
    event_id: event.id,
    event_stage: event.stage,
    event_stage_label: event.stageLabel,
    occurred_on: event.occurredOn,
    chamber: event.chamber ?? "",
    description: event.description,
    vote: event.vote ?? "",
    source_url: event.sourceUrl,
    source_kind: event.sourceKind,
    archive_url: event.archiveUrl ?? "",
    note: event.note ?? "",
    recorded_at: event.recordedAt,
    corrects_event_id: event.correctsId ?? "",
    event_status: event.status,
    retracted_at: event.retraction?.at ?? "",
    retraction_reason: event.retraction?.reason ?? "",
    event_path: event.path,
    event_bill_number: event.billNumber ?? "",
    event_attempt_failed: event.attemptFailed ? "yes" : "no",
    event_body: event.body ?? "",
    event_subject: event.subject ?? "",
    event_provisions: event.provisions ?? "",
  }));
}

export function exportCsv(bills: readonly BillDetail[]): string {
  return stringify(bills.flatMap(rowsOf), {
    bom: true,
    cast: { string: spreadsheetCell },
    header: true,
    columns: [...csvColumns],
    record_delimiter: "windows",
  });
}
