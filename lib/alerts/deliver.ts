import "server-only";

import { Webhook as StandardWebhook } from "standardwebhooks";

import type { Outbox, Prisma, SourceKind } from "@/lib/db/generated/client";
import { toDay } from "@/lib/legislation/dates";
import { chamberName, eventTitle, headlineLabel, modelOf } from "@/lib/legislation/process";
import { participationKindLabels } from "@/lib/legislation/windows";
import { isPublic, publicBillWhere } from "@/lib/legislation/visibility";
import { eventSelect } from "@/lib/api/shape";
import { textVersionKind } from "@/lib/bill-text/versions";
import { guardedFetch, type OutboundPolicy } from "@/lib/http/outbound";

import type { Mailer } from "./mailer";
import { PermanentMailError } from "./mailer";
import {
  alertMessage,
  windowMessage,
  confirmMessage,
  digestMessage,
  suggestionsMessage,
  textVersionMessage,
  type ChangeKind,
  type DigestItem,
  type DigestTextItem,
  type DigestWindowItem,
  type EventFacts,
  type RenderedMessage,
  type Scope,
} from "./messages";
import { emailPayloadSchema, webhookPayloadSchema, type EmailPayload, type SuggestionsPayload } from "./outbox-payload";
import { versionsImportedIn } from "./digest-text-versions";
import { describeError } from "./redact";
import { unsubscribeLink } from "./unsubscribe-token";

// Sends one claimed Outbox row. Runs inside the worker's transaction, which holds the row's lock
// until the outcome is written; reads go through the same transaction.

type Tx = Prisma.TransactionClient;

export interface DeliveryDeps {
  mailer: Mailer;
  /** Where webhooks may go (WEBHOOKS_ALLOW_PRIVATE_ADDRESSES; lib/http/outbound.ts). */
  outbound: OutboundPolicy;
  siteUrl: string;
  now: Date;
}

export type DeliveryOutcome =
  | { kind: "sent"; statusCode?: number; payload?: Prisma.InputJsonValue }
  /** Nothing to send any more (the subscriber left, the bill was unpublished): the row is dropped. */
  | { kind: "skipped"; reason: string }
  | { kind: "failed"; error: string; statusCode?: number; permanent: boolean };

/** How long a receiver may take to answer a webhook. */
export const WEBHOOK_TIMEOUT_MS = 10_000;

// The published fields of an event, as the API serves them.
const eventFields = eventSelect;

interface EventRow {
  path: string;
  stage: string;
  attemptFailed: boolean;
  occurredOn: Date;
  chamber: string | null;
  description: string;
  vote: string | null;
  sourceUrl: string;
  sourceKind: SourceKind;
  note: string | null;
}

function facts(jurisdiction: string, event: EventRow): EventFacts {
  return {
    stageLabel: eventTitle(jurisdiction, event),
    occurredOn: toDay(event.occurredOn),
    chamber: event.chamber ? chamberName(modelOf(jurisdiction), event.chamber) : null,
    description: event.description,
    vote: event.vote,
    sourceUrl: event.sourceUrl,
    sourceKind: event.sourceKind,
    note: event.note,
  };
}

async function subscriptionOf(tx: Tx, id: string) {
  return tx.subscription.findUnique({
    where: { id },
    select: {
      email: true,
      frequency: true,
      unsubscribeTokenHashes: true,
      confirmedAt: true,
      bill: { select: { id: true, shortTitle: true, slug: true } },
    },
  });
}

function scopeOf(bill: { shortTitle: string; slug: string } | null): Scope {
  return bill ? { kind: "bill", shortTitle: bill.shortTitle, slug: bill.slug } : { kind: "all" };
}

async function alertFor(tx: Tx, payload: Extract<EmailPayload, { kind: "alert" }>, scope: Scope, deps: DeliveryDeps, unsubscribeToken: string) {
  const event = await tx.statusEvent.findUnique({
    where: { id: payload.eventId },
    select: {
      ...eventFields,
      corrects: { select: eventFields },
      bill: { select: { slug: true, shortTitle: true, jurisdiction: true, region: true, currentStage: true, currentPath: true, state: true, publishAt: true } },
    },
  });
  if (!event || !isPublic(event.bill, deps.now)) return null;
  const { bill } = event;
  return alertMessage({
    siteUrl: deps.siteUrl,
    unsubscribeToken,
    scope,
    change: payload.change,
    bill: {
      shortTitle: bill.shortTitle,
      slug: bill.slug,
      stageLabel: bill.currentStage ? headlineLabel(bill) : "no status recorded yet",
    },
    event: facts(bill.jurisdiction, event),
    corrected: payload.change === "statusEvent.corrected" && event.corrects ? facts(bill.jurisdiction, event.corrects) : null,
    retraction: event.retractedAt ? { reason: event.retractionReason } : null,
  });
}

async function windowFor(tx: Tx, payload: Extract<EmailPayload, { kind: "window" }>, scope: Scope, deps: DeliveryDeps, unsubscribeToken: string) {
  const window = await tx.participationWindow.findUnique({
    where: { id: payload.windowId },
    select: {
      kind: true,
      title: true,
      runBy: true,
      respondUrl: true,
      description: true,
      opensOn: true,
      closesOn: true,
      bill: { select: { slug: true, shortTitle: true, state: true, publishAt: true } },
    },
  });
  if (!window || !isPublic(window.bill, deps.now)) return null;
  return windowMessage({
    siteUrl: deps.siteUrl,
    unsubscribeToken,
    scope,
    moment: payload.moment,
    bill: { shortTitle: window.bill.shortTitle, slug: window.bill.slug },
    window: {
      kindLabel: participationKindLabels[window.kind],
      title: window.title,
      runBy: window.runBy,
      respondUrl: window.respondUrl,
      description: window.description,
      opensOn: toDay(window.opensOn),
      closesOn: toDay(window.closesOn),
    },
  });
}

/** The version compared with, named as its code's kind is (every version's name is its kind's). */
function comparedWith(code: string | null): { code: string; name: string } | null {
  return code ? { code, name: textVersionKind(code)?.name ?? code } : null;
}

async function textVersionFor(tx: Tx, payload: Extract<EmailPayload, { kind: "textVersion" }>, scope: Scope, deps: DeliveryDeps, unsubscribeToken: string) {
  const version = await tx.billTextVersion.findUnique({
    where: { id: payload.versionId },
    select: {
      code: true,
      name: true,
      versionDate: true,
      sourceUrl: true,
      comparedWithCode: true,
      changeSummary: true,
      bill: { select: { slug: true, shortTitle: true, state: true, publishAt: true } },
    },
  });
  if (!version || !isPublic(version.bill, deps.now)) return null;
  return textVersionMessage({
    siteUrl: deps.siteUrl,
    unsubscribeToken,
    scope,
    bill: { shortTitle: version.bill.shortTitle, slug: version.bill.slug },
    version: {
      code: version.code,
      name: version.name,
      versionDate: version.versionDate ? toDay(version.versionDate) : null,
      sourceUrl: version.sourceUrl,
      comparedWith: comparedWith(version.comparedWithCode),
      changeSummary: version.changeSummary,
    },
  });
}

/** Every change to public bills in (since, until], for a digest. */
async function digestItems(tx: Tx, billId: string | null, since: Date, until: Date, now: Date): Promise<DigestItem[]> {
  const events = await tx.statusEvent.findMany({
    where: {
      bill: { AND: [publicBillWhere(now), ...(billId ? [{ id: billId }] : [])] },
      OR: [{ createdAt: { gt: since, lte: until } }, { retractedAt: { gt: since, lte: until } }],
    },
    select: { ...eventFields, bill: { select: { slug: true, shortTitle: true, jurisdiction: true } } },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
  });
  return events.flatMap((event) => {
    const item = (change: ChangeKind): DigestItem => ({
      bill: { slug: event.bill.slug, shortTitle: event.bill.shortTitle },
      change,
      event: facts(event.bill.jurisdiction, event),
    });
    const recordedNow = event.createdAt > since && event.createdAt <= until;
    const retractedNow = !!event.retractedAt && event.retractedAt > since && event.retractedAt <= until;
    return [
      ...(recordedNow ? [item(event.correctsId ? "statusEvent.corrected" : "statusEvent.recorded")] : []),
      ...(retractedNow ? [item("statusEvent.retracted")] : []),
    ];
  });
}

/**
 * Windows of public bills whose opening alert or reminder fell in (since, until]: what an
 * immediate subscriber was sent that day, a daily one reads in the digest.
 */
async function digestWindows(tx: Tx, billId: string | null, since: Date, until: Date, now: Date): Promise<DigestWindowItem[]> {
  const windows = await tx.participationWindow.findMany({
    where: {
      bill: { AND: [publicBillWhere(now), ...(billId ? [{ id: billId }] : [])] },
      OR: [{ openingQueuedAt: { gt: since, lte: until } }, { reminderQueuedAt: { gt: since, lte: until } }],
    },
    select: {
      kind: true,
      title: true,
      runBy: true,
      respondUrl: true,
      description: true,
      opensOn: true,
      closesOn: true,
      openingQueuedAt: true,
      reminderQueuedAt: true,
      bill: { select: { slug: true, shortTitle: true } },
    },
    orderBy: [{ closesOn: "asc" }, { id: "asc" }],
  });
  return windows.map((window) => {
    const openedNow = !!window.openingQueuedAt && window.openingQueuedAt > since && window.openingQueuedAt <= until;
    return {
      bill: window.bill,
      // An opening names the closing day already, so it stands for a reminder of the same day.
      moment: openedNow ? ("opening" as const) : ("reminder" as const),
      window: {
        kindLabel: participationKindLabels[window.kind],
        title: window.title,
        runBy: window.runBy,
        respondUrl: window.respondUrl,
        description: window.description,
        opensOn: toDay(window.opensOn),
        closesOn: toDay(window.closesOn),
      },
    };
  });
}

/** New versions of public bills' text in (since, until], for a digest. */
async function digestTexts(tx: Tx, billId: string | null, since: Date, until: Date, now: Date): Promise<DigestTextItem[]> {
  const versions = await versionsImportedIn(tx, billId, since, until, now);
  return versions.map((version) => ({
    bill: version.bill,
    version: {
      code: version.code,
      name: version.name,
      versionDate: version.versionDate ? toDay(version.versionDate) : null,
      sourceUrl: null,
      comparedWith: comparedWith(version.comparedWithCode),
      changeSummary: version.changeSummary,
    },
  }));
}

interface RenderedEmail {
  to: string;
  message: RenderedMessage;
}

/** An editor's note of new suggestions: only while they are active and still want it. */
async function renderSuggestionsEmail(tx: Tx, payload: SuggestionsPayload, deps: DeliveryDeps): Promise<RenderedEmail | string> {
  const user = await tx.user.findUnique({ where: { id: payload.userId }, select: { email: true, deactivatedAt: true, notifyOnSuggestions: true } });
  if (!user || user.deactivatedAt) return "the editor's account is gone or switched off";
  if (!user.notifyOnSuggestions) return "the editor no longer wants these e-mails";
  const bill = await tx.bill.findUnique({ where: { id: payload.billId }, select: { shortTitle: true } });
  if (!bill) return "the bill was deleted";
  return { to: user.email, message: suggestionsMessage({ siteUrl: deps.siteUrl, shortTitle: bill.shortTitle, count: payload.count }) };
}

async function renderEmail(tx: Tx, payload: EmailPayload, deps: DeliveryDeps): Promise<RenderedEmail | string> {
  if (payload.kind === "suggestions") return renderSuggestionsEmail(tx, payload, deps);
  const subscription = await subscriptionOf(tx, payload.subscriptionId);
  if (!subscription) return "the subscriber has unsubscribed";
  const scope = scopeOf(subscription.bill);
  // The token is derived, not stored; its hash is what lets the link work (after a change of
  // AUTH_SECRET, a new one joins the old, which e-mails already sent still carry).
  const unsubscribe = unsubscribeLink(payload.subscriptionId);
  if (!subscription.unsubscribeTokenHashes.includes(unsubscribe.hash)) {
    await tx.subscription.update({ where: { id: payload.subscriptionId }, data: { unsubscribeTokenHashes: { push: unsubscribe.hash } } });
  }
  const links = { siteUrl: deps.siteUrl, unsubscribeToken: unsubscribe.token };
  const email = (message: RenderedMessage): RenderedEmail => ({ to: subscription.email, message });
  if (payload.kind === "confirm") {
    if (!payload.token) return "the confirmation link is no longer available";
    return email(confirmMessage({ ...links, token: payload.token, scope, frequency: subscription.frequency }));
  }
  if (!subscription.confirmedAt) return "the subscription is not confirmed";
  if (payload.kind === "alert") {
    const message = await alertFor(tx, payload, scope, deps, unsubscribe.token);
    return message ? email(message) : "the bill is no longer public";
  }
  if (payload.kind === "window") {
    const message = await windowFor(tx, payload, scope, deps, unsubscribe.token);
    return message ? email(message) : "the window or its bill is no longer public";
  }
  if (payload.kind === "textVersion") {
    const message = await textVersionFor(tx, payload, scope, deps, unsubscribe.token);
    return message ? email(message) : "the version or its bill is no longer public";
  }
  const period = [subscription.bill?.id ?? null, new Date(payload.since), new Date(payload.until), deps.now] as const;
  const items = await digestItems(tx, ...period);
  const windows = await digestWindows(tx, ...period);
  const texts = await digestTexts(tx, ...period);
  if (items.length === 0 && windows.length === 0 && texts.length === 0) return "nothing public changed in the period";
  return email(digestMessage({ ...links, scope, items, windows, texts }));
}

export async function deliverEmail(tx: Tx, row: Outbox, deps: DeliveryDeps): Promise<DeliveryOutcome> {
  const parsed = emailPayloadSchema.safeParse(row.payload);
  if (!parsed.success) return { kind: "failed", error: "The stored message is malformed.", permanent: true };
  const payload = parsed.data;
  const rendered = await renderEmail(tx, payload, deps);
  if (typeof rendered === "string") return { kind: "skipped", reason: rendered };
  try {
    await deps.mailer.send(rendered.to, rendered.message);
  } catch (error) {
    return {
      kind: "failed",
      error: describeError(error),
      statusCode: error instanceof PermanentMailError ? error.responseCode : undefined,
      permanent: error instanceof PermanentMailError,
    };
  }
  // The raw confirmation token is only needed until the link has gone out.
  const kept = payload.kind === "confirm" ? { ...payload, token: null } : payload;
  // Without SMTP the text is kept for administrators, who may need the confirmation link: the
  // delivery log then stands in for the mail itself, links and all. With SMTP nothing is kept.
  const stored = deps.mailer.mode === "log" ? { ...kept, message: { subject: rendered.message.subject, text: rendered.message.text } } : kept;
  return { kind: "sent", payload: stored };
}

export async function deliverWebhook(tx: Tx, row: Outbox, deps: DeliveryDeps): Promise<DeliveryOutcome> {
  const parsed = webhookPayloadSchema.safeParse(row.payload);
  if (!parsed.success || !row.webhookId) return { kind: "failed", error: "The stored event is malformed.", permanent: true };
  const webhook = await tx.webhook.findUnique({ where: { id: row.webhookId }, select: { url: true, secret: true, active: true } });
  if (!webhook) return { kind: "skipped", reason: "the webhook was deleted" };
  if (!webhook.active) return { kind: "failed", error: "The webhook is switched off.", permanent: true };

  const { messageId, body } = parsed.data;
  const signature = new StandardWebhook(webhook.secret).sign(messageId, deps.now, body);
  try {
    const response = await guardedFetch(
      webhook.url,
      {
        method: "POST",
        headers: {
          "Content-Type": "application/json",
          "User-Agent": "PolicyTracker-Webhooks/1",
          "webhook-id": messageId,
          "webhook-timestamp": String(Math.floor(deps.now.getTime() / 1000)),
          "webhook-signature": signature,
        },
        body,
        timeoutMs: WEBHOOK_TIMEOUT_MS,
        maxResponseBytes: 64 * 1024,
      },
      deps.outbound,
    );
    await response.body?.cancel();
    if (response.status >= 200 && response.status < 300) return { kind: "sent", statusCode: response.status };
    return { kind: "failed", error: `The receiver answered HTTP ${response.status}.`, statusCode: response.status, permanent: false };
  } catch {
    // One sentence for every way of not getting an answer: a refused port, a reset, a name
    // that resolves to a private address. Telling them apart is what a port scan needs.
    return { kind: "failed", error: "Could not connect to the receiver.", permanent: false };
  }
}
