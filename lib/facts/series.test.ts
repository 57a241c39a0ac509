import { describe, expect, it } from "vitest";

import { statistics } from "@/prisma/seed/content";

import { parseSeries } from "./series";

describe("parseSeries", () => {
  it("reads NCMEC's yearly counts with the periods named as the source names them", () => {
    expect(parseSeries("4,700 (2023) · 67,000 (2024) · 485,000 (first half of 2025)", "2023 – H1 2025")).toEqual({
      points: [
        { label: "2023", value: 4700, display: "4,700" },
        { label: "2024", value: 67000, display: "67,000" },
        { label: "first half of 2025", value: 485000, display: "485,000" },
      ],
      note: null,
    });
  });

  it("reads a before-and-after figure with its periods and the source's own note", () => {
    expect(parseSeries("13 → 3,443 (+26,385 %)", "2024 → 2025")).toEqual({
      points: [
        { label: "2024", value: 13, display: "13" },
        { label: "2025", value: 3443, display: "3,443" },
      ],
      note: "+26,385 %",
    });
  });

  it("refuses single figures, shares and figures whose periods do not line up", () => {
    expect(parseSeries("15,036", "two years to 2025")).toBeNull();
    expect(parseSeries("65 % (43 % for non-AI material)", "2025")).toBeNull();
    expect(parseSeries("380,000 of 485,000 (78 %)", "H1 2025")).toBeNull();
    expect(parseSeries("20,254 (90 % realistic enough to prosecute)", "one month")).toBeNull();
    expect(parseSeries("13 → 3,443", "2025")).toBeNull();
  });

  it("finds exactly the two series in the launch figures", () => {
    const series = statistics.filter((statistic) => parseSeries(statistic.value, statistic.period));
    expect(series.map((statistic) => statistic.sourceName)).toEqual([
      "Internet Watch Foundation, Annual Report 2025",
      "NCMEC, 2025",
    ]);
  });
});
