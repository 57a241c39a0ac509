import { ownValue } from "@/lib/lookup";

import type { BillView } from "./bill-view";
import { legislatureName, outcomeOfPhase } from "./process";
import type { BillDetail } from "./queries/bill-detail";

// schema.org Legislation for each bill page (https://schema.org/Legislation), so search engines
// can tell what the page is about, its status and where the official record lives.

/** JSON for a <script type="application/ld+json">, with "<" escaped so no value can close the tag. */
export function jsonLdText(data: object): string {
  return JSON.stringify(data).replace(/</g, "\\u003c");
}

const legislationTypes: Partial<Record<string, string>> = {
  us: "Public law",
  us_state: "State law",
  uk: "Act of Parliament",
  au: "Act of Parliament",
  eu: "Regulation",
};

function legalForce(view: BillView): string | null {
  const { phase, after } = view.status;
  if (phase === "in_force" || phase === "enforced") {
    const whole = after?.entries.some((entry) => entry.effect === "commences" && !entry.attemptFailed);
    return whole ? "InForce" : "PartiallyInForce";
  }
  // An enacted law with no commencement recorded may well be in force: say nothing rather than guess.
  return phase === "enacted" ? null : "NotInForce";
}

export function legislationJsonLd(bill: BillDetail, view: BillView, url: string): Record<string, unknown> {
  const { phase } = view.status;
  const enacted = outcomeOfPhase(phase) === "enacted";
  return {
    "@context": "https://schema.org",
    "@type": "Legislation",
    "@id": url,
    url,
    name: bill.shortTitle,
    alternateName: [bill.title, bill.longTitle].filter((name): name is string => !!name && name !== bill.shortTitle),
    legislationIdentifier: bill.numbers,
    legislationJurisdiction: legislatureName(bill.jurisdiction),
    legislationType: enacted ? (ownValue(legislationTypes, bill.jurisdiction) ?? "Law") : "Bill",
    // schema.org's LegalForceStatus: in force, partly in force, or not (a bill, an expired law).
    ...(legalForce(view) ? { legislationLegalForce: legalForce(view) } : {}),
    ...(view.status.sentence ? { creativeWorkStatus: view.status.sentence } : {}),
    ...(view.lastEventOn ? { legislationDate: view.lastEventOn } : {}),
    ...(bill.verifiedOn ? { dateModified: bill.verifiedOn } : {}),
    about: bill.topics,
    abstract: bill.summary,
    sameAs: bill.officialLinks.map((link) => link.url),
  };
}
