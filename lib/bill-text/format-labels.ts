import type { BillTextFormat } from "@/lib/db/generated/enums";
import { ownValue } from "@/lib/lookup";

// What a version's page says it was read from. Keyed by every format, so a new one cannot reach
// the page without words for it.

const labels: Readonly<Record<BillTextFormat, string>> = {
  congress_bill_xml: "the official bill XML",
  uslm_xml: "the official bill XML",
  html: "text extracted from HTML",
  akoma_ntoso_xml: "UK Parliament bill XML (Akoma Ntoso)",
  clml_xml: "legislation.gov.uk XML (CLML)",
};

/** The words for the format a version was read from ("UK Parliament bill XML (Akoma Ntoso)"). */
export function textFormatLabel(format: string): string {
  return ownValue(labels, format) ?? "the official file";
}
