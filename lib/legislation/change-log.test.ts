import { describe, expect, it } from "vitest";

import type { AdminEvent } from "./admin-queries";
import { changeLog } from "./change-log";

const event = (overrides: Partial<AdminEvent>): AdminEvent => ({
  id: "e1",
  path: "senate",
  stage: "referred",
  stageLabel: "Referred to a Senate committee",
  occurredOn: "2026-01-06",
  chamber: "senate",
  billNumber: null,
  attemptFailed: false,
  body: null,
  subject: null,
  provisions: null,
  relatedBillId: null,
  description: "Referred.",
  vote: null,
  sourceUrl: "https://www.congress.gov/",
  sourceKind: "official",
  archiveUrl: null,
  note: null,
  textVersionCode: null,
  textSection: null,
  recordedBy: "maya@example.org",
  recordedAt: "2026-11-02T09:00:00.000Z",
  status: "current",
  correctsId: null,
  correctedById: null,
  retractionReason: null,
  retractedBy: null,
  retractedAt: null,
  ...overrides,
});

describe("changeLog", () => {
  it("lists saved versions and history changes together, newest first", () => {
    const log = changeLog(
      [
        { version: 2, createdAt: "2026-11-03T10:00:00.000Z", createdBy: "maya@example.org" },
        { version: 1, createdAt: "2026-11-01T08:00:00.000Z", createdBy: null },
      ],
      [
        event({ id: "a", status: "superseded", correctedById: "b", retractedAt: null }),
        event({ id: "b", correctsId: "a", recordedAt: "2026-11-02T12:00:00.000Z", status: "retracted", retractedAt: "2026-11-04T09:30:00.000Z", retractedBy: "sam@example.org" }),
      ],
    );
    expect(log.map((entry) => [entry.kind, entry.at, entry.by, entry.kind === "version" ? entry.version : entry.event.id])).toEqual([
      ["retracted", "2026-11-04T09:30:00.000Z", "sam@example.org", "b"],
      ["version", "2026-11-03T10:00:00.000Z", "maya@example.org", 2],
      ["corrected", "2026-11-02T12:00:00.000Z", "maya@example.org", "b"],
      ["recorded", "2026-11-02T09:00:00.000Z", "maya@example.org", "a"],
      ["version", "2026-11-01T08:00:00.000Z", null, 1],
    ]);
  });
});
