import "server-only";

import { cache } from "react";

import type { Database } from "@/lib/db/client";
import { textVersionKind } from "@/lib/bill-text/versions";
import type { SuggestionKind, WatchedSourceKind } from "@/lib/db/generated/client";
import { toDay } from "@/lib/legislation/dates";
import { eventTitle } from "@/lib/legislation/process";

import { kindHandlers } from "./kinds";
import type { SourceWatchSettings } from "./settings";

// Reads for the inbox and the watched-sources table. Wording is returned as plain strings; the
// pages render it as text, never as HTML or Markdown: it comes from outside.

/** How many suggestions wait for an editor (the nav and dashboard badge). */
export const countNewSuggestions = cache(async (database: Database): Promise<number> => database.suggestion.count({ where: { state: "new" } }));

export interface InboxItem {
  id: string;
  bill: { id: string; shortTitle: string };
  occurredOn: string;
  /** The step the rules chose, as a history would title it; null when they could not place it. */
  stepLabel: string | null;
  billNumber: string | null;
  description: string;
  sourceUrl: string;
  createdAt: string;
  /** A suggested version of the bill's text, which accepting imports; null for a step. */
  textVersion: SuggestedTextVersion | null;
}

export interface SuggestedTextVersion {
  code: string;
  /** GPO's name for the code ("Reported in Senate"), else the official listing's. */
  name: string;
  /** YYYY-MM-DD, or null when the listing gave no date. */
  date: string | null;
}

function textVersionOf(row: { kind: SuggestionKind; versionCode: string | null; versionDate: Date | null; description: string }): SuggestedTextVersion | null {
  if (row.kind !== "text_version" || !row.versionCode) return null;
  return { code: row.versionCode, name: textVersionKind(row.versionCode)?.name ?? row.description, date: row.versionDate ? toDay(row.versionDate) : null };
}

const INBOX_LIMIT = 200;

/** The suggestions waiting, newest official date first. */
export const listInbox = cache(async (database: Database): Promise<InboxItem[]> => {
  const rows = await database.suggestion.findMany({
    where: { state: "new" },
    orderBy: [{ occurredOn: "desc" }, { createdAt: "asc" }, { id: "asc" }],
    take: INBOX_LIMIT,
    select: {
      id: true,
      occurredOn: true,
      path: true,
      stage: true,
      chamber: true,
      attemptFailed: true,
      billNumber: true,
      description: true,
      sourceUrl: true,
      createdAt: true,
      kind: true,
      versionCode: true,
      versionDate: true,
      bill: { select: { id: true, shortTitle: true, jurisdiction: true, region: true } },
    },
  });
  return rows.map((row) => ({
    id: row.id,
    bill: { id: row.bill.id, shortTitle: row.bill.shortTitle },
    occurredOn: toDay(row.occurredOn),
    stepLabel: row.path && row.stage ? eventTitle(row.bill.jurisdiction, { path: row.path, stage: row.stage, chamber: row.chamber, attemptFailed: row.attemptFailed }, row.bill.region) : null,
    billNumber: row.billNumber,
    description: row.description,
    sourceUrl: row.sourceUrl,
    createdAt: row.createdAt.toISOString(),
    textVersion: textVersionOf(row),
  }));
});

/** One suggestion with what the record form needs to prefill. */
export const getSuggestion = cache(async (database: Database, id: string) => {
  const row = await database.suggestion.findUnique({
    where: { id },
    select: {
      id: true,
      state: true,
      path: true,
      stage: true,
      occurredOn: true,
      chamber: true,
      billNumber: true,
      body: true,
      vote: true,
      attemptFailed: true,
      description: true,
      sourceUrl: true,
      dismissReason: true,
      eventId: true,
      decidedAt: true,
      decidedBy: { select: { email: true } },
      kind: true,
      versionCode: true,
      versionDate: true,
      bill: { select: { id: true, slug: true, shortTitle: true, jurisdiction: true, region: true, numbers: true } },
    },
  });
  if (!row) return null;
  return {
    ...row,
    occurredOn: toDay(row.occurredOn),
    decidedAt: row.decidedAt?.toISOString() ?? null,
    decidedBy: row.decidedBy?.email ?? null,
    textVersion: textVersionOf(row),
    stepLabel:
      row.path && row.stage ? eventTitle(row.bill.jurisdiction, { path: row.path, stage: row.stage, chamber: row.chamber, attemptFailed: row.attemptFailed }, row.bill.region) : null,
  };
});

export interface WatchedSourceRow {
  id: string;
  bill: { id: string; shortTitle: string };
  kind: WatchedSourceKind;
  kindLabel: string;
  identifier: string;
  matchWords: string[];
  active: boolean;
  lastSuccessAt: string | null;
  lastErrorAt: string | null;
  lastError: string | null;
  failures: number;
  nextPollAt: string;
  /** Why this source is not polled now, if it is not. */
  off: string | null;
}

/** Every watched source (or one bill's) with how its polls went. */
export const listWatchedSources = cache(async (database: Database, settings: SourceWatchSettings, billId?: string): Promise<WatchedSourceRow[]> => {
  const rows = await database.watchedSource.findMany({
    where: billId ? { billId } : {},
    orderBy: [{ bill: { shortTitle: "asc" } }, { kind: "asc" }, { identifier: "asc" }],
    select: {
      id: true,
      kind: true,
      identifier: true,
      active: true,
      lastSuccessAt: true,
      lastErrorAt: true,
      lastError: true,
      failures: true,
      nextPollAt: true,
      matchWords: true,
      bill: { select: { id: true, shortTitle: true } },
    },
  });
  return rows.map((row) => ({
    ...row,
    kindLabel: kindHandlers[row.kind].label,
    lastSuccessAt: row.lastSuccessAt?.toISOString() ?? null,
    lastErrorAt: row.lastErrorAt?.toISOString() ?? null,
    nextPollAt: row.nextPollAt.toISOString(),
    off: row.active ? kindHandlers[row.kind].disabledReason(settings) : "Switched off.",
  }));
});

/** Why whole kinds of source are not polled, once each, for the page's notice. */
export function kindsOff(settings: SourceWatchSettings): { kind: WatchedSourceKind; reason: string }[] {
  return (Object.keys(kindHandlers) as WatchedSourceKind[]).flatMap((kind) => {
    const reason = kindHandlers[kind].disabledReason(settings);
    return reason ? [{ kind, reason }] : [];
  });
}

/** Whether this user asked for an e-mail when something new is suggested. */
export async function wantsSuggestionAlerts(database: Database, userId: string): Promise<boolean> {
  const user = await database.user.findUnique({ where: { id: userId }, select: { notifyOnSuggestions: true } });
  return user?.notifyOnSuggestions ?? false;
}
