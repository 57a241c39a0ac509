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

  it("tells the UK formats apart by their namespace, and reads the version each declares", () => {
    expect(parseTextFile(fixture("fixture-uk-bill-introduced.akn.xml"))).toMatchObject({ format: "akoma_ntoso_xml", declaredCode: "uk-introduced" });
    expect(parseTextFile(fixture("fixture-uk-bill-amended.akn.xml"))).toMatchObject({ format: "akoma_ntoso_xml", declaredCode: "uk-pbc-amended" });
    expect(parseTextFile(fixture("fixture-uk-act-enacted.clml.xml"))).toMatchObject({ format: "clml_xml", declaredCode: "uk-enacted" });
  });

  it("takes a Lawmaker file's version from the stage its cover prints when its label names none", () => {
    const lordsPrint = fixture("fixture-uk-bill-amended.akn.xml")
      .replace('value="public-committee-hc"', 'value="introd-hl"')
      .replace("As amended in Public Bill Committee", "As brought from the Commons");
    expect(parseTextFile(lordsPrint).declaredCode).toBe("uk-brought-from-commons");
    const unnamed = fixture("fixture-uk-bill-amended.akn.xml").replace('value="public-committee-hc"', 'value="draft"').replace("As amended in Public Bill Committee", "Draft");
    expect(parseTextFile(unnamed).declaredCode).toBeNull();
  });

  it("refuses legislation.gov.uk's revised text of an Act, which is none of the bill's versions", () => {
    const revised = fixture("fixture-uk-act-enacted.clml.xml").replace('<ukm:DocumentStatus Value="final"/>', '<ukm:DocumentStatus Value="revised"/>');
    expect(() => parseTextFile(revised)).toThrow(/revised text of the Act.*Import the Act as enacted/);
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
