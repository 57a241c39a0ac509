import { describe, expect, it } from "vitest";

import { emptyBillForm } from "./bill-form";
import { diffSnapshots, mergeOnTop } from "./revision-diff";

describe("diffSnapshots", () => {
  it("lists changed fields in form order, as the form shows them", () => {
    const changes = diffSnapshots(
      { shortTitle: "A", sponsors: ["One"], officialLinks: [{ label: "Text", url: "https://x.org/" }], state: "draft" },
      { shortTitle: "A", sponsors: ["One", "Two"], officialLinks: [], state: "published" },
    );
    expect(changes).toEqual([
      { field: "sponsors", label: "Sponsors", before: "One", after: "One\nTwo" },
      { field: "officialLinks", label: "Official links", before: "Text | https://x.org/", after: "" },
      { field: "state", label: "Publication", before: "draft", after: "published" },
    ]);
  });
});

describe("mergeOnTop", () => {
  const base = { ...emptyBillForm, title: "Base title", summary: "Base summary", topics: "" };

  it("keeps their change where you left a field alone, yours where you changed it, and flags a clash", () => {
    const theirs = { ...base, summary: "Their summary", topics: "Deepfakes" };
    const yours = { ...base, summary: "Your summary", title: "Your title" };
    const { rows, merged } = mergeOnTop(base, theirs, yours);
    expect(merged).toMatchObject({ summary: "Your summary", title: "Your title", topics: "Deepfakes" });
    expect(rows.map((row) => [row.field, row.clash])).toEqual([
      ["title", false],
      ["summary", true],
      ["topics", false],
    ]);
  });

  it("does not call it a clash when you both made the same change", () => {
    const same = { ...base, summary: "Same words" };
    expect(mergeOnTop(base, same, { ...same, summary: "Same words\r\n" }).rows).toEqual([
      { field: "summary", label: "Summary", theirs: "Same words", yours: "Same words\r\n", clash: false },
    ]);
  });

  it("without the starting version, counts every difference as yours", () => {
    const { merged, rows } = mergeOnTop(null, { ...base, summary: "Theirs" }, { ...base, summary: "Yours" });
    expect(merged.summary).toBe("Yours");
    expect(rows).toHaveLength(1);
  });
});
