import type { WatchedSourceKind } from "@/lib/db/generated/client";

import { congressActionsPath, parseCongressIdentifier, type CongressBill } from "./congress/identifier";
import { parseCongressActions } from "./congress/parse";
import { congressTextPath, parseCongressTextVersions } from "./congress/text-versions";
import type { SourceWatchSettings } from "./settings";
import type { ParseResult, TextVersionsResult } from "./types";
import { parseUkStages } from "./uk-bills/parse";
import { LEGISLATION_ID, legislationFeedPath, parseLegislationFeed } from "./feeds/legislation";
import { looksLikeFeed } from "./feeds/read-feed";
import { parseWatchedFeed } from "./feeds/watched-feed";
import { actDataPath, parseActPage } from "./legislation-act/parse";

// Each kind of watched source: how to ask for it, how to read the answer, and why it is not
// watched when it cannot be. The poller knows nothing of any API beyond this table.

export interface SourceRequest {
  url: string;
  headers: Record<string, string>;
  accept: string;
  /** Requests per hour this host allows us, counted across every instance. */
  hourlyLimit: number;
}

/** What a handler needs of a source. */
export interface SourceKey {
  identifier: string;
  matchWords: readonly string[];
}

/** A second listing a kind reads on each poll: the bill's text versions, each a suggestion to import. */
export interface TextVersionsHandler {
  request(source: SourceKey, settings: SourceWatchSettings): SourceRequest | string;
  parse(body: string, contentType: string, source: SourceKey, settings: SourceWatchSettings): TextVersionsResult;
}

export interface KindHandler {
  label: string;
  /** Why sources of this kind are not polled now, or null when they are. */
  disabledReason(settings: SourceWatchSettings): string | null;
  /** The request, or why this source cannot be asked for (a sentence for administrators). */
  request(source: SourceKey, settings: SourceWatchSettings): SourceRequest | string;
  parse(body: string, contentType: string, source: SourceKey): ParseResult;
  textVersions?: TextVersionsHandler;
}

const BAD_IDENTIFIER = "The identifier is not one this kind of source understands. Correct it, or remove the source.";

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

/** A request to the Congress.gov API at a path of the bill's, or why it cannot be made. */
function congressRequest(identifier: string, settings: SourceWatchSettings, path: (bill: CongressBill) => string): SourceRequest | string {
  const bill = parseCongressIdentifier(identifier);
  if (!bill) return BAD_IDENTIFIER;
  if (!settings.congressApiKey) return "CONGRESS_API_KEY is not set.";
  return {
    // The key goes in a header, not the address, so it never lands in a log of addresses.
    url: `${settings.congressBaseUrl}${path(bill)}?format=json&limit=250`,
    headers: { "X-Api-Key": settings.congressApiKey },
    accept: "application/json",
    hourlyLimit: CONGRESS_HOURLY_LIMIT,
  };
}

const congress: KindHandler = {
  label: "Congress.gov bill actions",
  disabledReason: (settings) =>
    settings.congressApiKey ? null : "Congress.gov watches are off: set CONGRESS_API_KEY (a free key from api.congress.gov/sign-up) and restart.",
  request: ({ identifier }, settings) => congressRequest(identifier, settings, congressActionsPath),
  parse(body, contentType, { identifier }) {
    const bill = parseCongressIdentifier(identifier);
    if (!bill) return { ok: false, message: "The identifier is not a Congress.gov bill (like 119/s/3021)." };
    const json = readJson(body, contentType);
    return json.ok ? parseCongressActions(json.value, bill) : json;
  },
  textVersions: {
    request: ({ identifier }, settings) => congressRequest(identifier, settings, congressTextPath),
    parse(body, contentType, { identifier }, settings) {
      const bill = parseCongressIdentifier(identifier);
      if (!bill) return { ok: false, message: "The identifier is not a Congress.gov bill (like 119/s/3021)." };
      const json = readJson(body, contentType);
      return json.ok ? parseCongressTextVersions(json.value, bill, settings.govinfoBaseUrl) : json;
    },
  },
};

const UK_BILL_ID = /^\d{1,7}$/;

const ukBill: KindHandler = {
  label: "UK Parliament bill stages",
  disabledReason: () => null,
  request({ identifier }, settings) {
    if (!UK_BILL_ID.test(identifier)) return BAD_IDENTIFIER;
    return {
      url: `${settings.ukBillsBaseUrl}/Bills/${identifier}/Stages?Take=200`,
      headers: {},
      accept: "application/json",
      // No published limit; one request a second at most, far above what polling needs.
      hourlyLimit: 3_600,
    };
  },
  parse(body, contentType, { identifier }) {
    if (!UK_BILL_ID.test(identifier)) return { ok: false, message: "The identifier is not a UK Parliament bill number (like 3938)." };
    const json = readJson(body, contentType);
    return json.ok ? parseUkStages(json.value, Number(identifier)) : json;
  },
};

const legislation: KindHandler = {
  label: "legislation.gov.uk instruments made under an Act",
  disabledReason: () => null,
  request({ identifier, matchWords }, settings) {
    const title = matchWords[0]?.trim();
    if (!LEGISLATION_ID.test(identifier)) return BAD_IDENTIFIER;
    if (!title) return "Give the Act's title (like Crime and Policing Act 2026) as the source's words to match: instruments are found by it.";
    return {
      url: `${settings.legislationBaseUrl}${legislationFeedPath(title)}`,
      headers: {},
      accept: "application/atom+xml",
      // The National Archives asks for no more than 3,000 requests in five minutes per client.
      hourlyLimit: 3_600,
    };
  },
  parse(body, contentType, { matchWords }) {
    if (!looksLikeFeed(body, contentType)) return { ok: false, message: "The official server answered with a web page, not a feed." };
    return parseLegislationFeed(body, matchWords[0]?.trim() ?? "");
  },
};

const legislationAct: KindHandler = {
  label: "legislation.gov.uk Act page (Royal Assent and what is in force)",
  disabledReason: () => null,
  request({ identifier }, settings) {
    if (!LEGISLATION_ID.test(identifier)) return BAD_IDENTIFIER;
    return {
      url: `${settings.legislationBaseUrl}${actDataPath(identifier)}`,
      headers: {},
      accept: "application/xml",
      // Shares the host's allowance with the instruments listing (counted per host).
      hourlyLimit: 3_600,
    };
  },
  parse(body, contentType, { identifier }) {
    if (!LEGISLATION_ID.test(identifier)) return { ok: false, message: "The identifier is not an Act on legislation.gov.uk (like ukpga/2026/20)." };
    return parseActPage(body, contentType, identifier);
  },
};

const feed: KindHandler = {
  label: "Atom or RSS feed",
  disabledReason: () => null,
  request({ identifier, matchWords }) {
    if (!URL.canParse(identifier)) return BAD_IDENTIFIER;
    if (!matchWords.some((word) => word.trim() !== "")) return "Give the words an entry must contain to be suggested.";
    // A publisher's own feed: an hourly poll is plenty, and polite.
    return { url: identifier, headers: {}, accept: "application/atom+xml, application/rss+xml, application/xml;q=0.9", hourlyLimit: 60 };
  },
  parse(body, contentType, { identifier, matchWords }) {
    if (!looksLikeFeed(body, contentType)) return { ok: false, message: "The server answered with a web page, not a feed." };
    return parseWatchedFeed(body, identifier, matchWords);
  },
};

export const kindHandlers: Record<WatchedSourceKind, KindHandler> = {
  congress_bill: congress,
  uk_bill: ukBill,
  legislation_gov_uk: legislation,
  legislation_act: legislationAct,
  feed,
};

/** The kinds this instance polls now. */
export function enabledKinds(settings: SourceWatchSettings): WatchedSourceKind[] {
  return (Object.keys(kindHandlers) as WatchedSourceKind[]).filter((kind) => kindHandlers[kind].disabledReason(settings) === null);
}
