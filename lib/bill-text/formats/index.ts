import type { BillTextFormat } from "@/lib/db/generated/enums";

import { TextParseError, type TextTree } from "../tree";

import { parseCongressBillXml } from "./congress-bill-xml";

// Which parser reads a file: chosen from the file itself, so an editor only names the version.

export interface ParsedText {
  format: BillTextFormat;
  tree: TextTree;
  /** The version the file says it is (the bill DTD's `bill-stage`), when it says. */
  billStage: string | null;
}

/** Parse an imported file with the parser for its format; a TextParseError says why not. */
export function parseTextFile(raw: string): ParsedText {
  const start = raw.replace(/^\uFEFF/, "").trimStart();
  if (start === "") throw new TextParseError("The file is empty.");
  if (!start.startsWith("<")) {
    throw new TextParseError("The file is not XML. Import the bill's XML file (from govinfo: BILLS-…xml), not its PDF or text.");
  }
  const parsed = parseCongressBillXml(raw);
  return { format: "congress_bill_xml", tree: parsed.tree, billStage: parsed.billStage };
}
