import { describe, expect, it } from "vitest";

import { db } from "@/lib/db/client";
import { seed } from "@/prisma/seed/seed";

import { listStatistics } from "./queries";

describe("listStatistics", () => {
  it("lists the launch figures in order, reading the two series the facts page charts", async () => {
    await seed(db);
    const statistics = await listStatistics(db);
    expect(statistics).toHaveLength(9);
    expect(statistics[0]).toMatchObject({ label: "AI-generated child sexual abuse videos found", sourceName: "Internet Watch Foundation, Annual Report 2025" });
    const charted = statistics.filter((statistic) => statistic.series);
    expect(charted.map((statistic) => statistic.series?.points.map((point) => [point.label, point.value]))).toEqual([
      [["2024", 13], ["2025", 3443]],
      [["2023", 4700], ["2024", 67000], ["first half of 2025", 485000]],
    ]);
  });
});
