import { describe, expect, it } from "vitest";

import { viewBill } from "./bill-view";
import type { BillDetail, HistoryEventData } from "./queries/bill-detail";

let sequence = 0;
function event(stage: string, occurredOn: string, extra: Partial<HistoryEventData> = {}): HistoryEventData {
  sequence += 1;
  return {
    id: `e${sequence}`,
    path: "senate",
    stage,
    occurredOn,
    chamber: "senate",
    billNumber: null,
    attemptFailed: false,
    body: null,
    subject: null,
    provisions: null,
    relatedBill: null,
    description: `${stage} on ${occurredOn}`,
    vote: null,
    sourceUrl: "https://example.org/record",
    sourceKind: "official",
    archiveUrl: null,
    note: null,
    textVersionCode: null,
    textSection: null,
    recordedAt: new Date(Date.UTC(2026, 0, 1, 0, 0, sequence)).toISOString(),
    correctsId: null,
    retractedAt: null,
    retractionReason: null,
    ...extra,
  };
}

function bill(events: HistoryEventData[], keyDates: BillDetail["keyDates"] = []): BillDetail {
  return {
    slug: "example-act",
    shortTitle: "Example Act",
    aliases: [],
    title: "Example Act",
    longTitle: null,
    jurisdiction: "us",
    region: null,
    numbers: ["S.1"],
    session: "119th Congress",
    sponsors: [],
    committees: [],
    summary: "",
    keyProvisions: [],
    topics: [],
    officialLinks: [],
    verifiedOn: null,
    editorialNote: null,
    updatedAt: "2026-01-01T00:00:00.000Z",
    events,
    keyDates,
    provisions: [],
    positions: [],
    windows: [],
    textVersions: [],
  };
}

describe("viewBill", () => {
  const introduced = event("introduced", "2025-01-16");
  const reported = event("reported", "2025-02-10");
  const passed = event("passed", "2025-03-10");

  it("shows today's stage and the whole history", () => {
    const view = viewBill(bill([introduced, reported, passed]), { today: "2026-11-25" });
    expect(view.status.headline).toEqual({ path: "senate", stage: "passed", label: "Passed the Senate" });
    expect(view.status.sentence).toBe("Passed the Senate");
    expect(view.status.phase).toBe("legislature");
    expect(view.history.map((entry) => entry.id)).toEqual([introduced.id, reported.id, passed.id]);
    expect(view.lastEventOn).toBe("2025-03-10");
  });

  it("shows the bill as it stood on an earlier day: stage and history up to it", () => {
    const view = viewBill(bill([introduced, reported, passed]), { asOf: "2025-02-28", today: "2026-11-25" });
    expect(view.asOf).toBe("2025-02-28");
    expect(view.status.headline?.stage).toBe("reported");
    expect(view.history.map((entry) => entry.id)).toEqual([introduced.id, reported.id]);
    expect(view.status.paths[0]?.slots.find((slot) => slot.code === "passed")?.status).toBe("upcoming");
  });

  it("marks a corrected event as superseded and says what its correction changed", () => {
    const wrong = event("reported", "2025-06-12", { sourceKind: "secondary" });
    const fixed = event("reported", "2025-06-26", { correctsId: wrong.id });
    const view = viewBill(bill([introduced, wrong, fixed]), { today: "2026-11-25" });
    const [, old, correction] = view.history;
    expect(old).toMatchObject({ status: "superseded", correctedBy: { id: fixed.id } });
    expect(correction?.correction?.of).toEqual({ id: wrong.id, occurredOn: "2025-06-12" });
    expect(correction?.correction?.changes).toContainEqual({ field: "Date", from: "12 June 2025", to: "26 June 2025" });
    expect(view.status.paths[0]?.slots.find((slot) => slot.code === "reported")?.reachedOn).toBe("2025-06-26");
  });

  it("keeps a retracted event in the history but not in the stage", () => {
    const retracted = event("signed", "2025-05-19", { path: "final", chamber: "president", retractedAt: "2026-02-01T10:00:00.000Z", retractionReason: "Recorded against the wrong bill." });
    const view = viewBill(bill([introduced, retracted]), { today: "2026-11-25" });
    expect(view.history[1]).toMatchObject({ status: "retracted", retractionReason: "Recorded against the wrong bill." });
    expect(view.status.headline?.stage).toBe("introduced");
    expect(view.status.phase).toBe("legislature");
  });

  it("splits key dates into upcoming and past around the day shown", () => {
    const keyDates = [
      { id: "k1", date: "2026-05-19", title: "Duties take effect", description: null, sourceUrl: "https://example.org", derived: false },
      { id: "k2", date: "2027-01-01", title: "Report due", description: null, sourceUrl: "https://example.org", derived: false },
    ];
    const now = new Date("2026-11-25T12:00:00Z");
    const today = viewBill(bill([introduced], keyDates), { today: "2026-11-25", now });
    // The end of the bill's Congress comes from the model, among the editors' dates.
    expect(today.upcomingKeyDates.map((keyDate) => keyDate.id)).toEqual(["k2", "term-2027-01-03"]);
    expect(today.pastKeyDates.map((keyDate) => keyDate.id)).toEqual(["k1"]);
    const earlier = viewBill(bill([introduced], keyDates), { asOf: "2025-06-01", today: "2026-11-25", now });
    expect(earlier.upcomingKeyDates.map((keyDate) => keyDate.id)).toEqual(["k1", "k2", "term-2027-01-03"]);
  });

  it("shows the end of the Congress as a key date, then the bill as died once it has passed", () => {
    const before = viewBill(bill([introduced, reported]), { today: "2026-12-02", now: new Date("2026-12-02T12:00:00Z") });
    expect(before.upcomingKeyDates).toEqual([
      expect.objectContaining({
        date: "2027-01-03",
        title: "End of the 119th Congress",
        description: "Bills not enacted by 3 January 2027 must be reintroduced in the next Congress.",
        derived: true,
      }),
    ]);
    expect(before.status.phase).toBe("legislature");
    const after = viewBill(bill([introduced, reported]), { today: "2027-01-04", now: new Date("2027-01-04T12:00:00Z") });
    expect(after.status).toMatchObject({ phase: "ended", sentence: "Died at the end of the 119th Congress" });
    expect(after.pastKeyDates.map((keyDate) => keyDate.id)).toEqual(["term-2027-01-03"]);
    const law = viewBill(bill([introduced, event("signed", "2025-06-01", { path: "final", chamber: "president" })]), { today: "2027-01-04", now: new Date("2027-01-04T12:00:00Z") });
    expect(law.status.phase).toBe("enacted");
    expect([...law.upcomingKeyDates, ...law.pastKeyDates]).toEqual([]);
  });

  it("has no stage before the first event", () => {
    const view = viewBill(bill([introduced]), { asOf: "2024-12-31", today: "2026-11-25" });
    expect(view.status.headline).toBeNull();
    expect(view.status.sentence).toBe("");
    expect(view.history).toEqual([]);
  });
});
