import type { BillView } from "./bill-view";
import { jurisdictionNames } from "./chambers";
import type { BillDetail } from "./queries/bill-detail";

// schema.org Legislation for each bill page (https://schema.org/Legislation), so search engines
// can tell what the page is about, its status and where the official record lives.

/** JSON for a <script type="application/ld+json">, with "<" escaped so no value can close the tag. */
export function jsonLdText(data: object): string {
  return JSON.stringify(data).replace(/</g, "\\u003c");
}

export function legislationJsonLd(bill: BillDetail, view: BillView, url: string): Record<string, unknown> {
  const enacted = view.stage?.outcome === "enacted";
  return {
    "@context": "https://schema.org",
    "@type": "Legislation",
    "@id": url,
    url,
    name: bill.shortTitle,
    alternateName: [bill.title, bill.longTitle].filter((name): name is string => !!name && name !== bill.shortTitle),
    legislationIdentifier: bill.numbers,
    legislationJurisdiction: jurisdictionNames[bill.jurisdiction],
    legislationType: enacted ? (bill.jurisdiction === "uk" ? "Act of Parliament" : "Public law") : "Bill",
    // A bill that has not become law is not in force; an Act's commencement is not tracked here.
    ...(enacted ? {} : { legislationLegalForce: "NotInForce" }),
    ...(view.stage ? { creativeWorkStatus: view.stage.label } : {}),
    ...(view.lastEventOn ? { legislationDate: view.lastEventOn } : {}),
    ...(bill.verifiedOn ? { dateModified: bill.verifiedOn } : {}),
    about: bill.topics,
    abstract: bill.summary,
    sameAs: bill.officialLinks.map((link) => link.url),
  };
}
