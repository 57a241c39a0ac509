import { describe, expect, it } from "vitest";

import { currentPositions, type PositionData } from "./positions";

const own = { id: "o1", name: "Our Coalition", url: null, isOwn: true };
const other = { id: "o2", name: "Another Group", url: "https://example.org", isOwn: false };

const position = (id: string, organisation: PositionData["organisation"], stance: PositionData["stance"], statedOn: string, recordedAt = "2026-01-01T00:00:00Z"): PositionData => ({
  id,
  organisation,
  stance,
  statement: id,
  sourceUrl: null,
  statedOn,
  recordedAt,
});

describe("currentPositions", () => {
  it("takes each organisation's latest stated position, the site's own first", () => {
    const current = currentPositions([
      position("a", own, "support", "2025-03-01"),
      position("b", own, "support_if_amended", "2025-06-01"),
      position("c", other, "oppose", "2025-01-01"),
    ]);
    expect(current.map((entry) => entry.id)).toEqual(["b", "c"]);
  });

  it("breaks a tie on the same day by the later record", () => {
    const current = currentPositions([
      position("first", own, "support", "2025-03-01", "2026-01-01T10:00:00Z"),
      position("second", own, "oppose", "2025-03-01", "2026-01-01T11:00:00Z"),
    ]);
    expect(current.map((entry) => entry.id)).toEqual(["second"]);
  });
});
