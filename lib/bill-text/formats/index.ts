import type { BillTextFormat } from "@/lib/db/generated/enums";

import { TextParseError, type TextTree } from "../tree";
import { textVersionKind, textVersionOfBillStage, textVersionOfLawmaker } from "../versions";

import { isAkomaNtoso, parseAkomaNtoso } from "./akoma-ntoso";
import { isClml, parseClml } from "./clml";
import { parseCongressBillXml } from "./congress-bill-xml";
import { looksLikeHtml, parseHtmlText } from "./html-text";
import { isUslm, parseUslmXml } from "./uslm-xml";
import { parseXml } from "./xml";

// Which parser reads a file: chosen from the file itself, so an editor only names the version.
// HTML is the fallback for versions published no other way; its tree says it was extracted.
// The XML formats are told apart by their root's namespace; Congress bill XML has none.

export interface ParsedText {
  format: BillTextFormat;
  tree: TextTree;
  /** The version code the file says it is (bill XML's `bill-stage`, USLM's `docStage`, Lawmaker's version label, CLML's enacted status), when it says one we know. */
  declaredCode: string | null;
}

/** Parse an imported file with the parser for its format; a TextParseError says why not. */
export function parseTextFile(raw: string): ParsedText {
  const start = raw.replace(/^\uFEFF/, "").trimStart();
  if (start === "") throw new TextParseError("The file is empty.");
  if (looksLikeHtml(start)) return { format: "html", tree: parseHtmlText(raw), declaredCode: null };
  if (!start.startsWith("<")) {
    throw new TextParseError(
      "The file is not XML. Import the bill's XML file (from govinfo: BILLS-…xml; for a UK bill, its XML from bills.parliament.uk or the Act's from legislation.gov.uk), not its PDF or text.",
    );
  }
  // Both formats may call their root <bill>: USLM's is in its own namespace.
  const root = parseXml(raw);
  if (isUslm(root)) {
    const parsed = parseUslmXml(root);
    return { format: "uslm_xml", tree: parsed.tree, declaredCode: parsed.docStage ? (textVersionKind(parsed.docStage.toLowerCase())?.code ?? null) : null };
  }
  if (isAkomaNtoso(root)) {
    const parsed = parseAkomaNtoso(root);
    return { format: "akoma_ntoso_xml", tree: parsed.tree, declaredCode: textVersionOfLawmaker(parsed.versionLabel, parsed.stageName)?.code ?? null };
  }
  if (isClml(root)) {
    const parsed = parseClml(root);
    if (parsed.documentStatus === "revised") {
      throw new TextParseError(
        "This is legislation.gov.uk's revised text of the Act, with the changes made to it since it was passed, which is none of the bill's versions. Import the Act as enacted (…/enacted/data.xml).",
      );
    }
    return { format: "clml_xml", tree: parsed.tree, declaredCode: parsed.documentStatus === "final" ? "uk-enacted" : null };
  }
  const parsed = parseCongressBillXml(root);
  return { format: "congress_bill_xml", tree: parsed.tree, declaredCode: parsed.billStage ? (textVersionOfBillStage(parsed.billStage)?.code ?? null) : null };
}
