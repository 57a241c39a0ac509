import { textComparePath, textVersionPath } from "@/lib/bill-text/paths";
import { formatDay, parseDay } from "@/lib/legislation/dates";
import { site } from "@/lib/site-config";

// The e-mails, as plain text: readable in every client and by screen readers, nothing to
// sanitise, nothing to track. Every message carries the RFC 8058 one-click unsubscribe headers
// and, in the body, a link to a page that unsubscribes with one button press.

export interface RenderedMessage {
  subject: string;
  text: string;
  headers: Record<string, string>;
}

export interface Links {
  siteUrl: string;
  unsubscribeToken: string;
}

/** What a subscription follows, in words: "the TAKE IT DOWN Act" or "every bill". */
export type Scope = { kind: "bill"; shortTitle: string; slug: string } | { kind: "all" };

export interface EventFacts {
  stageLabel: string;
  occurredOn: string;
  /** The chamber's name, as readers know it. */
  chamber: string | null;
  description: string;
  vote: string | null;
  sourceUrl: string;
  sourceKind: "official" | "secondary";
  note: string | null;
}

function day(value: string): string {
  const parsed = parseDay(value);
  return parsed ? formatDay(parsed) : value;
}

function scopeWords(scope: Scope): string {
  return scope.kind === "all" ? "every bill on the tracker" : `the ${scope.shortTitle}`;
}

function unsubscribeHeaders(links: Links): Record<string, string> {
  const host = new URL(links.siteUrl).hostname;
  return {
    "List-Unsubscribe": `<${links.siteUrl}/api/alerts/unsubscribe?token=${links.unsubscribeToken}>`,
    "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
    "List-Id": `${site.name} alerts <alerts.${host}>`,
    "Auto-Submitted": "auto-generated",
  };
}

function footer(links: Links, scope: Scope): string {
  return [
    "--",
    `You get this because you asked ${site.name} for alerts about ${scopeWords(scope)}.`,
    `Stop these emails: ${links.siteUrl}/subscribe/unsubscribe?token=${links.unsubscribeToken}`,
  ].join("\n");
}

function eventLines(event: EventFacts): string[] {
  const where = event.chamber ? `, ${event.chamber}` : "";
  return [
    `${event.stageLabel}: ${day(event.occurredOn)}${where}`,
    event.description,
    ...(event.vote ? [`Vote: ${event.vote}`] : []),
    `Source${event.sourceKind === "secondary" ? " (secondary source)" : ""}: ${event.sourceUrl}`,
    ...(event.note ? [`Editor's note: ${event.note}`] : []),
  ];
}

export function confirmMessage(input: Links & { token: string; scope: Scope; frequency: "immediate" | "daily" }): RenderedMessage {
  const how = input.frequency === "daily" ? "a daily summary" : "an email each time the status or the text changes";
  return {
    subject: `Confirm your ${site.name} alerts`,
    text: [
      `Someone, hopefully you, asked for ${how} about ${scopeWords(input.scope)}.`,
      "",
      "To start the alerts, open this link and press Confirm:",
      `${input.siteUrl}/subscribe/confirm?token=${input.token}`,
      "",
      "The link works once, for 7 days. If you did not ask for this, ignore this email: you will not hear from us again.",
      "",
      footer(input, input.scope),
    ].join("\n"),
    headers: unsubscribeHeaders(input),
  };
}

export type ChangeKind = "statusEvent.recorded" | "statusEvent.corrected" | "statusEvent.retracted";

export interface TextVersionFacts {
  code: string;
  name: string;
  versionDate: string | null;
  sourceUrl: string | null;
  /** The version it was compared with at import; null for a bill's first version. */
  comparedWith: { code: string; name: string } | null;
  changeSummary: string | null;
}

const dated = (version: TextVersionFacts) => (version.versionDate ? `, dated ${day(version.versionDate)}` : "");

function versionLines(siteUrl: string, slug: string, version: TextVersionFacts): string[] {
  const compared = version.comparedWith && version.changeSummary
    ? [`Compared with ${version.comparedWith.name}: ${version.changeSummary}.`, `See what changed: ${siteUrl}${textComparePath(slug, version.comparedWith.code, version.code)}`]
    : ["It is the first version of this bill's text on the tracker."];
  return [...compared, `Read it in full: ${siteUrl}${textVersionPath(slug, version.code)}`];
}

/** A new version of a bill's text: what it is, what changed since the one before, and where to read both. */
export function textVersionMessage(input: Links & { scope: Scope; bill: { shortTitle: string; slug: string }; version: TextVersionFacts }): RenderedMessage {
  const { bill, version } = input;
  const lines = [`A new version of the text of the ${bill.shortTitle} is on the tracker: ${version.name}${dated(version)}.`, ""];
  lines.push(...versionLines(input.siteUrl, bill.slug, version));
  if (version.sourceUrl) lines.push(`Official source: ${version.sourceUrl}`);
  lines.push("", `Full history: ${input.siteUrl}/bills/${bill.slug}`, "", footer(input, input.scope));
  return {
    subject: `New text: ${version.name} — ${bill.shortTitle}`,
    text: lines.join("\n"),
    headers: unsubscribeHeaders(input),
  };
}

export function alertMessage(
  input: Links & {
    scope: Scope;
    change: ChangeKind;
    bill: { shortTitle: string; slug: string; stageLabel: string };
    event: EventFacts;
    corrected: EventFacts | null;
    retraction: { reason: string | null } | null;
  },
): RenderedMessage {
  const { bill, event } = input;
  const prefix = input.change === "statusEvent.corrected" ? "Correction: " : input.change === "statusEvent.retracted" ? "Retracted: " : "";
  const lines: string[] = [];
  if (input.change === "statusEvent.retracted") {
    lines.push(`This earlier update has been withdrawn: ${input.retraction?.reason ?? "it should not have been recorded."}`, "");
  }
  lines.push(...eventLines(event));
  if (input.corrected) lines.push("", "This corrects what we recorded before:", ...eventLines(input.corrected));
  lines.push("", `Where the ${bill.shortTitle} stands now: ${bill.stageLabel}.`, `Full history: ${input.siteUrl}/bills/${bill.slug}`, "", footer(input, input.scope));
  return {
    subject: `${prefix}${bill.shortTitle}: ${event.stageLabel} (${day(event.occurredOn)})`,
    text: lines.join("\n"),
    headers: unsubscribeHeaders(input),
  };
}

export interface DigestItem {
  bill: { shortTitle: string; slug: string };
  change: ChangeKind;
  event: EventFacts;
}

/** A window to take part that opened in a digest's day, or that closes within seven days. */
export interface DigestWindowItem {
  bill: { shortTitle: string; slug: string };
  moment: "opening" | "reminder";
  window: WindowFacts;
}

/** A new version of a bill's text, first imported in a digest's day. */
export interface DigestTextItem {
  bill: { shortTitle: string; slug: string };
  version: TextVersionFacts;
}

export function digestMessage(
  input: Links & { scope: Scope; items: readonly DigestItem[]; windows?: readonly DigestWindowItem[]; texts?: readonly DigestTextItem[] },
): RenderedMessage {
  const windows = input.windows ?? [];
  const texts = input.texts ?? [];
  const count = input.items.length + windows.length + texts.length;
  const lines = [`${count} ${count === 1 ? "change" : "changes"} in the last day for ${scopeWords(input.scope)}:`, ""];
  for (const item of input.items) {
    const label = item.change === "statusEvent.corrected" ? "Correction" : item.change === "statusEvent.retracted" ? "Withdrawn" : "New";
    lines.push(`${label} · ${item.bill.shortTitle}`, ...eventLines(item.event), `${input.siteUrl}/bills/${item.bill.slug}`, "");
  }
  for (const { bill, version } of texts) {
    lines.push(`New text · ${bill.shortTitle}`, `${version.name}${dated(version)}`, ...versionLines(input.siteUrl, bill.slug, version), "");
  }
  if (windows.length > 0) lines.push("Windows to take part:", "");
  for (const { bill, moment, window } of windows) {
    const label = moment === "opening" ? `${window.kindLabel} open` : `Closes ${day(window.closesOn)}`;
    lines.push(
      `${label} · ${bill.shortTitle}`,
      window.title,
      `Run by: ${window.runBy}`,
      `Open from ${day(window.opensOn)} to ${day(window.closesOn)}.`,
      `How to respond: ${window.respondUrl}`,
      `${input.siteUrl}/bills/${bill.slug}`,
      "",
    );
  }
  lines.push(footer(input, input.scope));
  return {
    subject: `${site.name} daily summary: ${count} ${count === 1 ? "change" : "changes"}`,
    text: lines.join("\n"),
    headers: unsubscribeHeaders(input),
  };
}

/** To an editor: new suggestions from the source watch wait in the inbox. No unsubscribe link: it is their account's setting. */
export function suggestionsMessage(input: { siteUrl: string; shortTitle: string; count: number }): RenderedMessage {
  const what = `${input.count} new ${input.count === 1 ? "suggestion" : "suggestions"}`;
  return {
    subject: `${site.name}: ${what} for the ${input.shortTitle}`,
    text: [
      `The source watch found ${what} in the official record of the ${input.shortTitle}.`,
      "",
      `Review ${input.count === 1 ? "it" : "them"} in the inbox: ${input.siteUrl}/admin/inbox`,
      "",
      `You get these e-mails because you asked for them. To stop them, untick the box on your account page: ${input.siteUrl}/admin/account`,
    ].join("\n"),
    headers: {},
  };
}

export interface WindowFacts {
  kindLabel: string;
  title: string;
  runBy: string;
  respondUrl: string;
  description: string | null;
  opensOn: string;
  closesOn: string;
}

/** A window to take part has opened, or closes within seven days. */
export function windowMessage(
  input: Links & { scope: Scope; moment: "opening" | "reminder"; bill: { shortTitle: string; slug: string }; window: WindowFacts },
): RenderedMessage {
  const { bill, window } = input;
  const lead =
    input.moment === "opening"
      ? `${window.kindLabel} open on the ${bill.shortTitle}: ${window.title}`
      : `Closes ${day(window.closesOn)}: ${window.title} (${bill.shortTitle})`;
  return {
    subject: input.moment === "opening" ? `${window.kindLabel} open: ${window.title}` : `Closing ${day(window.closesOn)}: ${window.title}`,
    text: [
      lead,
      "",
      `Run by: ${window.runBy}`,
      `Open from ${day(window.opensOn)} to ${day(window.closesOn)}.`,
      ...(window.description ? ["", window.description] : []),
      "",
      `How to respond: ${window.respondUrl}`,
      `About the bill: ${input.siteUrl}/bills/${bill.slug}`,
      "",
      footer(input, input.scope),
    ].join("\n"),
    headers: unsubscribeHeaders(input),
  };
}
