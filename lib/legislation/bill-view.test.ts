import { describe, expect, it } from "vitest";

import { viewBill } from "./bill-view";
import type { BillDetail, HistoryEventData } from "./queries/bill-detail";

let sequence = 0;
function event(stage: string, occurredOn: string, extra: Partial<HistoryEventData> = {}): HistoryEventData {
  sequence += 1;
  return {
    id: `e${sequence}`,
    stage,
    occurredOn,
    chamber: "senate",
    description: `${stage} on ${occurredOn}`,
    vote: null,
    sourceUrl: "https://example.org/record",
    sourceKind: "official",
    archiveUrl: null,
    note: null,
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
    title: "Example Act",
    longTitle: null,
    jurisdiction: "us",
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
  };
}

describe("viewBill", () => {
  const introduced = event("introduced", "2025-01-16");
  const reported = event("reported", "2025-02-10");
  const passed = event("passed_one_chamber", "2025-03-10");

  it("shows today's stage and the whole history", () => {
    const view = viewBill(bill([introduced, reported, passed]), { today: "2026-11-25" });
    expect(view.stage).toEqual({ code: "passed_one_chamber", label: "Passed one chamber", outcome: "pending" });
    expect(view.history.map((entry) => entry.id)).toEqual([introduced.id, reported.id, passed.id]);
    expect(view.lastEventOn).toBe("2025-03-10");
  });

  it("shows the bill as it stood on an earlier day: stage and history up to it", () => {
    const view = viewBill(bill([introduced, reported, passed]), { asOf: "2025-02-28", today: "2026-11-25" });
    expect(view.asOf).toBe("2025-02-28");
    expect(view.stage?.code).toBe("reported");
    expect(view.history.map((entry) => entry.id)).toEqual([introduced.id, reported.id]);
    expect(view.tracker.steps.find((step) => step.code === "passed_one_chamber")?.status).toBe("upcoming");
  });

  it("marks a corrected event as superseded and says what its correction changed", () => {
    const wrong = event("reported", "2025-06-12", { sourceKind: "secondary" });
    const fixed = event("reported", "2025-06-26", { correctsId: wrong.id });
    const view = viewBill(bill([introduced, wrong, fixed]), { today: "2026-11-25" });
    const [, old, correction] = view.history;
    expect(old).toMatchObject({ status: "superseded", correctedBy: { id: fixed.id } });
    expect(correction?.correction?.of).toEqual({ id: wrong.id, occurredOn: "2025-06-12" });
    expect(correction?.correction?.changes).toContainEqual({ field: "Date", from: "12 June 2025", to: "26 June 2025" });
    expect(view.tracker.steps.find((step) => step.code === "reported")?.reachedOn).toBe("2025-06-26");
  });

  it("keeps a retracted event in the history but not in the stage", () => {
    const retracted = event("enacted", "2025-05-19", { retractedAt: "2026-02-01T10:00:00.000Z", retractionReason: "Recorded against the wrong bill." });
    const view = viewBill(bill([introduced, retracted]), { today: "2026-11-25" });
    expect(view.history[1]).toMatchObject({ status: "retracted", retractionReason: "Recorded against the wrong bill." });
    expect(view.stage?.code).toBe("introduced");
  });

  it("splits key dates into upcoming and past around the day shown", () => {
    const keyDates = [
      { id: "k1", date: "2026-05-19", title: "Duties take effect", description: null, sourceUrl: "https://example.org" },
      { id: "k2", date: "2027-01-01", title: "Report due", description: null, sourceUrl: "https://example.org" },
    ];
    const today = viewBill(bill([introduced], keyDates), { today: "2026-11-25" });
    expect(today.upcomingKeyDates.map((keyDate) => keyDate.id)).toEqual(["k2"]);
    expect(today.pastKeyDates.map((keyDate) => keyDate.id)).toEqual(["k1"]);
    const earlier = viewBill(bill([introduced], keyDates), { asOf: "2025-06-01", today: "2026-11-25" });
    expect(earlier.upcomingKeyDates.map((keyDate) => keyDate.id)).toEqual(["k1", "k2"]);
  });

  it("has no stage before the first event", () => {
    const view = viewBill(bill([introduced]), { asOf: "2024-12-31", today: "2026-11-25" });
    expect(view.stage).toBeNull();
    expect(view.history).toEqual([]);
  });
});
