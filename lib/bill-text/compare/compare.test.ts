import { readFileSync } from "node:fs";
import path from "node:path";

import { describe, expect, it } from "vitest";

import { parseTextFile } from "../formats";
import type { TextNode, TextTree } from "../tree";

import { cachedComparison } from "./cache";
import { compareTexts } from "./compare";
import { changeWords, isChange } from "./describe";
import { summaryWords } from "./summary-words";

const fixture = (name: string) => parseTextFile(readFileSync(path.join(import.meta.dirname, "../fixtures", name), "utf8")).tree;

const section = (number: number, heading: string, text: string, children: TextNode[] = []): TextNode => ({
  id: `sec-${number}`,
  kind: "section",
  enum: `${number}.`,
  heading,
  text,
  children,
});
const tree = (...body: TextNode[]): TextTree => ({ title: null, extractedFromHtml: false, body });

describe("compareTexts", () => {
  const comparison = compareTexts(fixture("fixture-act-is.xml"), fixture("fixture-act-rs.xml"));

  it("reports a section renumbered by an insertion as renumbered, not as new", () => {
    const severability = comparison.sections.find((change) => change.to?.heading === "Severability")!;
    expect(severability).toMatchObject({ op: "unchanged", renumbered: true, moved: false, from: { enum: "4." }, to: { enum: "5." } });
    expect(isChange(severability)).toBe(false);
    expect(changeWords(severability)).toBe("Renumbered from section 4; words unchanged");
  });

  it("finds the inserted section and the inserted subsection, and keeps the relettered one as renumbered", () => {
    expect(comparison.sections.find((change) => change.to?.heading === "Encryption")).toMatchObject({ op: "added", from: null });
    const reporting = comparison.sections.find((change) => change.to?.heading === "Reporting requirements")!;
    expect(reporting).toMatchObject({ op: "changed", renumbered: true, from: { enum: "3." }, to: { enum: "4." } });
    expect(reporting.blocks.filter((block) => block.op === "added").map((block) => block.to?.id)).toEqual(["sec-4-b"]);
    expect(reporting.blocks.find((block) => block.op === "renumbered" && block.from?.enum === "(b)")).toMatchObject({ to: { id: "sec-4-c", enum: "(c)" } });
  });

  it("marks the changed words inside a changed part", () => {
    const changed = comparison.sections.flatMap((change) => change.blocks).filter((block) => block.op === "changed");
    expect(changed.length).toBeGreaterThan(0);
    for (const block of changed) expect(block.words.some((run) => run.op !== "same")).toBe(true);
  });

  it("sums up in words", () => {
    expect(summaryWords(comparison.summary)).toBe("2 sections changed, 1 added, 2 renumbered");
    expect(comparison.timedOut).toBe(false);
  });

  it("finds a moved section and says where it was", () => {
    const a = section(1, "Alpha", "The first provision about reports to the Attorney General.");
    const b = section(2, "Beta", "The second provision about guidance issued by the Commission.");
    const c = section(3, "Gamma", "The third provision about penalties for covered platforms.");
    const result = compareTexts(tree(a, b, c), tree({ ...c, id: "sec-1", enum: "1." }, { ...a, id: "sec-2", enum: "2." }, { ...b, id: "sec-3", enum: "3." }));
    const moved = result.sections.filter((change) => change.moved);
    expect(moved.map((change) => change.to?.heading)).toEqual(["Gamma"]);
    expect(moved[0]!.movedFromAfter).toBe("2.");
    expect(summaryWords(result.summary)).toBe("1 section moved, 3 renumbered");
  });

  it("reads an all-new text as sections removed and added, not as one long insertion", () => {
    const result = compareTexts(
      tree(section(1, "Short title", "This Act may be cited as the Old Act."), section(2, "Purpose", "Protect children online by reporting.")),
      tree(section(1, "Appropriations", "There are authorised to be appropriated such sums as may be necessary for fiscal year 2027.")),
    );
    expect(result.sections.map((change) => change.op)).toEqual(["removed", "removed", "added"]);
    expect(result.sections.every((change) => change.blocks.every((block) => block.op !== "changed"))).toBe(true);
  });

  it("gives up on words at the time limit and says so", () => {
    const long = (word: string) => Array.from({ length: 4000 }, (_, index) => `${word}${index % 7}`).join(" ");
    const result = compareTexts(tree(section(1, "Long", long("alpha"))), tree(section(1, "Long", `${long("alpha")} ${long("beta")}`)), 0);
    expect(result.timedOut).toBe(true);
    expect(result.sections[0]!.blocks[0]!.words.map((run) => run.op)).toEqual(["del", "ins"]);
  });

  it("diffs a reworded heading on its own", () => {
    const result = compareTexts(tree(section(1, "Reports", "Each provider shall report every year.")), tree(section(1, "Annual Reports", "Each provider shall report every year.")));
    expect(result.sections[0]).toMatchObject({ op: "changed", headingWords: [{ op: "ins", text: "Annual " }, { op: "same", text: "Reports" }] });
    expect(result.sections[0]!.blocks.map((block) => block.op)).toEqual(["same"]);
  });

  it("joins a quoted block's closing full stop to its last line", () => {
    const reporting = comparison.sections.find((change) => change.to?.heading === "Reporting requirements")!;
    const closing = reporting.blocks.find((block) => block.to?.id === "sec-4-a-quoted-1-i-2")!;
    expect(closing.words.filter((run) => run.op !== "del").map((run) => run.text).join("")).toBe("the median time taken to remove the content reported.”.");
    expect(reporting.blocks.some((block) => block.words.map((run) => run.text).join("").trim() === ".")).toBe(false);
  });

  it("says so when nothing changed", () => {
    const same = fixture("fixture-act-is.xml");
    expect(summaryWords(compareTexts(same, same).summary)).toBe("No changes");
  });
});

describe("cachedComparison", () => {
  it("computes a pair of files once", () => {
    const from = { sha256: "a".repeat(64), tree: fixture("fixture-act-is.xml") };
    const to = { sha256: "b".repeat(64), tree: fixture("fixture-act-rs.xml") };
    const first = cachedComparison(from, to);
    const second = cachedComparison(from, to);
    expect(first.cached).toBe(false);
    expect(second).toEqual({ comparison: first.comparison, cached: true });
    expect(cachedComparison(to, from).cached).toBe(false);
  });
});
