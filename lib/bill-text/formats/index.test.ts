import { readFileSync } from "node:fs";
import path from "node:path";

import { describe, expect, it } from "vitest";

import { parseTextFile } from ".";

const fixture = (name: string) => readFileSync(path.join(import.meta.dirname, "../fixtures", name), "utf8");

describe("parseTextFile", () => {
  it("chooses the parser from the file, though both formats call their root <bill>", () => {
    expect(parseTextFile(fixture("fixture-act-is.xml"))).toMatchObject({ format: "congress_bill_xml", declaredCode: "is" });
    expect(parseTextFile(fixture("fixture-act-rs.xml"))).toMatchObject({ format: "congress_bill_xml", declaredCode: "rs" });
    expect(parseTextFile(fixture("fixture-act-enr-uslm.xml"))).toMatchObject({ format: "uslm_xml", declaredCode: "enr" });
    expect(parseTextFile(fixture("fixture-act-is.htm"))).toMatchObject({ format: "html", declaredCode: null, tree: { extractedFromHtml: true } });
  });

  it("declares no version when the file names none, or one no legislature uses", () => {
    const section = "<legis-body><section><enum>1.</enum><text>T.</text></section></legis-body>";
    expect(parseTextFile(`<bill>${section}</bill>`).declaredCode).toBeNull();
    expect(parseTextFile(`<bill bill-stage="Pre-Introduction">${section}</bill>`).declaredCode).toBeNull();
  });

  it.each([
    ["an empty file", "  \n", /The file is empty/],
    ["a PDF", "%PDF-1.7", /The file is not XML/],
  ])("refuses %s", (_case, raw, message) => {
    expect(() => parseTextFile(raw)).toThrow(message);
  });
});
