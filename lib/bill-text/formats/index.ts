import type { BillTextFormat } from "@/lib/db/generated/enums";

import { TextParseError, type TextTree } from "../tree";
import { textVersionKind, textVersionOfBillStage } from "../versions";

import { parseCongressBillXml } from "./congress-bill-xml";
import { looksLikeHtml, parseHtmlText } from "./html-text";
import { isUslm, parseUslmXml } from "./uslm-xml";
import { parseXml } from "./xml";

// Which parser reads a file: chosen from the file itself, so an editor only names the version.
// HTML is the fallback for versions published no other way; its tree says it was extracted.

export interface ParsedText {
  format: BillTextFormat;
  tree: TextTree;
  /** The version code the file says it is (bill XML's `bill-stage`, USLM's `docStage`), when it says one we know. */
  declaredCode: string | null;
}

/** Parse an imported file with the parser for its format; a TextParseError says why not. */
export function parseTextFile(raw: string): ParsedText {
  const start = raw.replace(/^\uFEFF/, "").trimStart();
  if (start === "") throw new TextParseError("The file is empty.");
  if (looksLikeHtml(start)) return { format: "html", tree: parseHtmlText(raw), declaredCode: null };
  if (!start.startsWith("<")) {
    throw new TextParseError("The file is not XML. Import the bill's XML file (from govinfo: BILLS-…xml), not its PDF or text.");
  }
  // Both formats may call their root <bill>: USLM's is in its own namespace.
  const root = parseXml(raw);
  if (isUslm(root)) {
    const parsed = parseUslmXml(root);
    return { format: "uslm_xml", tree: parsed.tree, declaredCode: parsed.docStage ? (textVersionKind(parsed.docStage.toLowerCase())?.code ?? null) : null };
  }
  const parsed = parseCongressBillXml(root);
  return { format: "congress_bill_xml", tree: parsed.tree, declaredCode: parsed.billStage ? (textVersionOfBillStage(parsed.billStage)?.code ?? null) : null };
}
