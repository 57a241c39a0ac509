import { describe, expect, it } from "vitest";

import { textFormatLabel } from "./format-labels";

describe("textFormatLabel", () => {
  it("names each format as the version's page shows it", () => {
    expect(textFormatLabel("congress_bill_xml")).toBe("the official bill XML");
    expect(textFormatLabel("html")).toBe("text extracted from HTML");
    expect(textFormatLabel("akoma_ntoso_xml")).toBe("UK Parliament bill XML (Akoma Ntoso)");
    expect(textFormatLabel("clml_xml")).toBe("legislation.gov.uk XML (CLML)");
  });

  it("falls back to plain words for a format it does not know, never to an inherited property", () => {
    expect(textFormatLabel("constructor")).toBe("the official file");
  });
});
