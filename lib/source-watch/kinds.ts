import type { WatchedSourceKind } from "@/lib/db/generated/client";

import { congressActionsPath, parseCongressIdentifier } from "./congress/identifier";
import { parseCongressActions } from "./congress/parse";
import type { SourceWatchSettings } from "./settings";
import type { ParseResult } from "./types";
import { parseUkStages } from "./uk-bills/parse";

// Each kind of watched source: how to ask for it, how to read the answer, and why it is not
// watched when it cannot be. The poller knows nothing of any API beyond this table.

export interface SourceRequest {
  url: string;
  headers: Record<string, string>;
  accept: string;
  /** Requests per hour this host allows us, counted across every instance. */
  hourlyLimit: number;
}

export interface KindHandler {
  label: string;
  /** Why sources of this kind are not polled now, or null when they are. */
  disabledReason(settings: SourceWatchSettings): string | null;
  request(identifier: string, settings: SourceWatchSettings): SourceRequest | null;
  parse(body: string, contentType: string, identifier: string): ParseResult;
}

// Congress.gov (api.data.gov) allows 5,000 requests an hour per key; keep a margin for an
// operator's own use of the same key.
const CONGRESS_HOURLY_LIMIT = 4_500;

function readJson(body: string, contentType: string): { ok: true; value: unknown } | { ok: false; message: string } {
  if (/text\/html/i.test(contentType) || /^\s*<(!doctype|html)/i.test(body)) return { ok: false, message: "The official server answered with a web page, not data." };
  try {
    return { ok: true, value: JSON.parse(body) as unknown };
  } catch {
    return { ok: false, message: "The answer was not valid JSON." };
  }
}

const congress: KindHandler = {
  label: "Congress.gov bill actions",
  disabledReason: (settings) =>
    settings.congressApiKey ? null : "Congress.gov watches are off: set CONGRESS_API_KEY (a free key from api.congress.gov/sign-up) and restart.",
  request(identifier, settings) {
    const bill = parseCongressIdentifier(identifier);
    if (!bill || !settings.congressApiKey) return null;
    return {
      // The key goes in a header, not the address, so it never lands in a log of addresses.
      url: `${settings.congressBaseUrl}${congressActionsPath(bill)}?format=json&limit=250`,
      headers: { "X-Api-Key": settings.congressApiKey },
      accept: "application/json",
      hourlyLimit: CONGRESS_HOURLY_LIMIT,
    };
  },
  parse(body, contentType, identifier) {
    const bill = parseCongressIdentifier(identifier);
    if (!bill) return { ok: false, message: "The identifier is not a Congress.gov bill (like 119/s/3021)." };
    const json = readJson(body, contentType);
    return json.ok ? parseCongressActions(json.value, bill) : json;
  },
};

const UK_BILL_ID = /^\d{1,7}$/;

const ukBill: KindHandler = {
  label: "UK Parliament bill stages",
  disabledReason: () => null,
  request(identifier, settings) {
    if (!UK_BILL_ID.test(identifier)) return null;
    return {
      url: `${settings.ukBillsBaseUrl}/Bills/${identifier}/Stages?Take=200`,
      headers: {},
      accept: "application/json",
      // No published limit; one request a second at most, far above what polling needs.
      hourlyLimit: 3_600,
    };
  },
  parse(body, contentType, identifier) {
    if (!UK_BILL_ID.test(identifier)) return { ok: false, message: "The identifier is not a UK Parliament bill number (like 3938)." };
    const json = readJson(body, contentType);
    return json.ok ? parseUkStages(json.value, Number(identifier)) : json;
  },
};

const notYet = (label: string): KindHandler => ({
  label,
  disabledReason: () => `${label} are not read by this version yet: record their steps by hand.`,
  request: () => null,
  parse: () => ({ ok: false, message: `${label} are not read by this version yet.` }),
});

export const kindHandlers: Record<WatchedSourceKind, KindHandler> = {
  congress_bill: congress,
  uk_bill: ukBill,
  legislation_gov_uk: notYet("legislation.gov.uk feeds"),
  feed: notYet("Atom and RSS feeds"),
};

/** The kinds this instance polls now. */
export function enabledKinds(settings: SourceWatchSettings): WatchedSourceKind[] {
  return (Object.keys(kindHandlers) as WatchedSourceKind[]).filter((kind) => kindHandlers[kind].disabledReason(settings) === null);
}
