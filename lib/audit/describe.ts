import { formatIsoDay } from "@/lib/legislation/dates";
import { eventTitle } from "@/lib/legislation/process";
import { ownValue } from "@/lib/lookup";

// An audit row told as a sentence an editor reads at a glance: "Maya Patel retracted the entry
// of 6 January 2026, Passed the Senate, on the ENFORCE Act, because …". Pure, so unit tests
// cover every action; the viewer adds the time and links the part in `object`.

export interface AuditRowFacts {
  action: string;
  entityType: string;
  entityId: string;
  before: unknown;
  after: unknown;
}

/** The bill a row is about, where the viewer found it: its title and legislature. */
export interface AuditBill {
  shortTitle: string;
  jurisdiction: string;
}

export interface AuditSentence {
  /** What was done, after the actor's name: "retracted". */
  verb: string;
  /** The thing acted on, linked by the viewer: "the entry of 6 January 2026, Passed the Senate". */
  object: string;
  /** The rest: " on the ENFORCE Act, because it was the House committee." */
  rest: string;
}

function record(value: unknown): Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
}

/** The row's own fields, the newer value winning: what the entity was after the change, or before a deletion. */
function fieldsOf(row: AuditRowFacts): Record<string, unknown> {
  return { ...record(row.before), ...record(row.after) };
}

function textField(fields: Record<string, unknown>, name: string): string | null {
  const value = ownValue(fields, name);
  return typeof value === "string" && value.trim() !== "" ? value.trim() : null;
}

/** The bill a row belongs to: the bill itself, or the one named in its fields. */
export function auditBillId(row: AuditRowFacts): string | null {
  if (row.entityType === "bill") return row.entityId;
  return textField(fieldsOf(row), "billId");
}

const fieldLabels: Record<string, string> = {
  shortTitle: "short title",
  officialTitle: "official title",
  slug: "web address",
  summary: "summary",
  topics: "topics",
  numbers: "bill numbers",
  sponsors: "sponsors",
  aliases: "other names",
  verifiedOn: "date the facts were checked",
  session: "session",
  jurisdiction: "legislature",
  region: "region",
  publishAt: "publication time",
  state: "publication",
  sourceUrl: "source",
  description: "wording",
  occurredOn: "date",
  date: "date",
  title: "title",
  label: "label",
  value: "value",
  role: "role",
  active: "whether it is active",
};

/** A stored field's name in words, for the viewer's list of what changed. */
export function fieldLabel(field: string): string {
  const label = ownValue(fieldLabels, field);
  return label ? label.charAt(0).toUpperCase() + label.slice(1) : field;
}

function listOf(words: string[]): string {
  if (words.length <= 1) return words.join("");
  return `${words.slice(0, -1).join(", ")} and ${words.at(-1)}`;
}

/** "the summary and the topics": the fields a save changed, in words. */
function changedFields(row: AuditRowFacts): string {
  const before = record(row.before);
  const after = record(row.after);
  const changed = Object.keys(after).filter(
    (field) => field !== "version" && field !== "updatedAt" && JSON.stringify(ownValue(before, field)) !== JSON.stringify(ownValue(after, field)),
  );
  const labels = [...new Set(changed.map((field) => ownValue(fieldLabels, field) ?? field))];
  return labels.length ? `: changed the ${listOf(labels)}` : "";
}

function quoted(text: string, max = 120): string {
  const short = text.length > max ? `${text.slice(0, max - 1)}…` : text;
  return `“${short}”`;
}

function because(reason: string | null): string {
  return reason ? `, because ${quoted(reason, 240)}` : "";
}

function onBill(bill: AuditBill | null): string {
  return bill ? ` on the ${bill.shortTitle}` : "";
}

function entryName(fields: Record<string, unknown>, bill: AuditBill | null): string {
  const day = textField(fields, "occurredOn");
  const path = textField(fields, "path");
  const stage = textField(fields, "stage");
  const step =
    stage && path && bill
      ? eventTitle(bill.jurisdiction, { path, stage, chamber: textField(fields, "chamber"), attemptFailed: ownValue(fields, "attemptFailed") === true })
      : stage?.replaceAll("_", " ");
  const when = day ? `of ${formatIsoDay(day)}` : "";
  return ["the entry", when, step ? `(${step})` : ""].filter(Boolean).join(" ");
}

const roleWords: Record<string, string> = { admin: "an administrator", editor: "an editor" };

/** The sentence for one row. Unknown actions still read as words rather than disappear. */
export function describeAudit(row: AuditRowFacts, bill: AuditBill | null): AuditSentence {
  const fields = fieldsOf(row);
  const after = record(row.after);
  const before = record(row.before);
  const billName = bill?.shortTitle ?? textField(fields, "shortTitle") ?? textField(fields, "slug") ?? "a bill";
  const email = textField(fields, "email") ?? (row.entityId.includes("@") ? row.entityId : "an account");
  const sentence = (verb: string, object: string, rest = ""): AuditSentence => ({ verb, object, rest });

  switch (row.action) {
    case "bill.created":
      return sentence("added", billName);
    case "bill.updated":
      return sentence("edited", billName, changedFields(row));
    case "bill.published":
      return sentence("published", billName);
    case "bill.scheduled": {
      const at = textField(after, "publishAt");
      return sentence("scheduled", billName, at ? ` to be published at ${at.replace("T", " ").slice(0, 16)} UTC` : " to be published");
    }
    case "bill.unpublished":
      return sentence("took down", billName, " from the public site");
    case "bill.deleted":
      return sentence("deleted", billName);
    case "bill.restored": {
      const version = ownValue(after, "restoredFrom");
      return sentence("restored", billName, typeof version === "number" ? ` to version ${version}` : " to an earlier version");
    }
    case "statusEvent.recorded":
      return sentence("recorded", entryName(after, bill), onBill(bill));
    case "statusEvent.corrected":
      return sentence("corrected", entryName(before, bill), `${onBill(bill)}${because(textField(after, "note"))}`);
    case "statusEvent.retracted":
      return sentence("retracted", entryName(before, bill), `${onBill(bill)}${because(textField(after, "retractionReason"))}`);
    case "keyDate.created":
    case "keyDate.updated":
    case "keyDate.deleted": {
      const verb = { "keyDate.created": "added", "keyDate.updated": "edited", "keyDate.deleted": "deleted" }[row.action];
      const day = textField(fields, "date");
      return sentence(verb, `the key date ${quoted(textField(fields, "title") ?? row.entityId)}`, `${day ? ` (${formatIsoDay(day)})` : ""}${onBill(bill)}`);
    }
    case "provision.created":
    case "provision.updated":
    case "provision.deleted": {
      const verb = { "provision.created": "added", "provision.updated": "edited", "provision.deleted": "deleted" }[row.action];
      return sentence(verb, `the provision ${quoted(textField(fields, "text") ?? row.entityId, 80)}`, onBill(bill));
    }
    case "organisation.created":
    case "organisation.updated":
      return sentence(row.action === "organisation.created" ? "added the organisation" : "edited the organisation", textField(fields, "name") ?? row.entityId);
    case "position.recorded":
    case "position.updated":
    case "position.deleted": {
      const verb = { "position.recorded": "recorded", "position.updated": "edited", "position.deleted": "deleted" }[row.action];
      const stance = textField(fields, "stance")?.replaceAll("_", " ");
      const day = textField(fields, "statedOn");
      return sentence(verb, `a position${stance ? ` (${stance})` : ""}${day ? ` of ${formatIsoDay(day)}` : ""}`, onBill(bill));
    }
    case "window.created":
    case "window.updated":
    case "window.deleted": {
      const verb = { "window.created": "added", "window.updated": "edited", "window.deleted": "deleted" }[row.action];
      return sentence(verb, `the window to take part ${quoted(textField(fields, "title") ?? row.entityId)}`, onBill(bill));
    }
    case "statistic.created":
    case "statistic.updated":
    case "statistic.deleted": {
      const verb = { "statistic.created": "added", "statistic.updated": "edited", "statistic.deleted": "deleted" }[row.action];
      return sentence(verb, `the figure ${quoted(textField(fields, "label") ?? row.entityId)}`);
    }
    case "suggestion.accepted":
      return sentence("accepted", `the suggestion ${quoted(textField(fields, "description") ?? row.entityId)}`, onBill(bill));
    case "suggestion.dismissed":
      return sentence("dismissed", `the suggestion ${quoted(textField(fields, "description") ?? row.entityId)}`, `${onBill(bill)}${because(textField(after, "dismissReason"))}`);
    case "watchedSource.added":
      return sentence("started watching", textField(fields, "identifier") ?? row.entityId, onBill(bill));
    case "watchedSource.removed":
      return sentence("stopped watching", textField(fields, "identifier") ?? row.entityId, onBill(bill));
    case "textVersion.imported":
    case "textVersion.replaced": {
      const code = textField(fields, "code");
      const name = textField(fields, "name");
      const version = `the text ${quoted(name ?? code ?? row.entityId)}${name && code ? ` (${code})` : ""}`;
      return row.action === "textVersion.imported" ? sentence("imported", version, onBill(bill)) : sentence("replaced", version, `${onBill(bill)} with another file`);
    }
    case "user.invited":
      return sentence("invited", email, ` as ${ownValue(roleWords, textField(after, "role") ?? "") ?? "a user"}`);
    case "user.inviteRevoked":
      return sentence("revoked the invitation to", email);
    case "user.created":
      return sentence("created the account of", email);
    case "user.bootstrapped":
      return sentence("created the first administrator,", email);
    case "user.roleChanged":
      return sentence("made", email, ` ${ownValue(roleWords, textField(after, "role") ?? "") ?? "something else"}`);
    case "user.deactivated":
      return sentence("deactivated", email);
    case "user.reactivated":
      return sentence("reactivated", email);
    case "user.passwordReset":
      return sentence("reset the password of", email);
    case "user.passwordChanged":
      return sentence("changed their password", "");
    case "user.signedIn":
      return sentence("signed in", "");
    case "user.signedOut":
      return sentence("signed out", "");
    case "user.suggestionAlertsChanged":
      return sentence(ownValue(after, "notifyOnSuggestions") === true ? "turned on" : "turned off", "", " e-mail about new suggestions");
    case "subscription.requested":
      return sentence("asked for alerts", "", ` about ${textField(after, "bill") ?? "every bill"}`);
    case "subscription.confirmed":
      return sentence("confirmed alerts", "");
    case "subscription.cancelled":
      return sentence("cancelled alerts", "");
    case "webhook.created":
      return sentence("added the webhook", textField(fields, "url") ?? "");
    case "webhook.activated":
      return sentence("resumed a webhook", "");
    case "webhook.deactivated":
      return sentence("paused a webhook", "");
    case "webhook.deleted":
      return sentence("deleted the webhook", textField(fields, "url") ?? "");
    case "delivery.resent":
      return sentence("sent again", `delivery ${textField(after, "deliveryId") ?? row.entityId}`);
    default:
      return sentence(row.action, row.entityId);
  }
}

/** The actions the viewer's filter offers, in words. */
export const auditActionLabels: Record<string, string> = {
  "bill.created": "Bill added",
  "bill.updated": "Bill edited",
  "bill.published": "Bill published",
  "bill.scheduled": "Bill scheduled",
  "bill.unpublished": "Bill taken down",
  "bill.deleted": "Bill deleted",
  "bill.restored": "Bill restored to a version",
  "statusEvent.recorded": "History entry recorded",
  "statusEvent.corrected": "History entry corrected",
  "statusEvent.retracted": "History entry retracted",
  "keyDate.created": "Key date added",
  "keyDate.updated": "Key date edited",
  "keyDate.deleted": "Key date deleted",
  "provision.created": "Provision added",
  "provision.updated": "Provision edited",
  "provision.deleted": "Provision deleted",
  "organisation.created": "Organisation added",
  "organisation.updated": "Organisation edited",
  "position.recorded": "Position recorded",
  "position.updated": "Position edited",
  "position.deleted": "Position deleted",
  "window.created": "Window to take part added",
  "window.updated": "Window to take part edited",
  "window.deleted": "Window to take part deleted",
  "statistic.created": "Figure added",
  "statistic.updated": "Figure edited",
  "statistic.deleted": "Figure deleted",
  "suggestion.accepted": "Suggestion accepted",
  "suggestion.dismissed": "Suggestion dismissed",
  "watchedSource.added": "Watched source added",
  "watchedSource.removed": "Watched source removed",
  "textVersion.imported": "Bill text imported",
  "textVersion.replaced": "Bill text replaced",
  "user.invited": "Invitation sent",
  "user.inviteRevoked": "Invitation revoked",
  "user.created": "Account created",
  "user.bootstrapped": "First administrator created",
  "user.roleChanged": "Role changed",
  "user.deactivated": "Account deactivated",
  "user.reactivated": "Account reactivated",
  "user.passwordReset": "Password reset",
  "user.passwordChanged": "Password changed",
  "user.signedIn": "Signed in",
  "user.signedOut": "Signed out",
  "user.suggestionAlertsChanged": "Suggestion e-mail changed",
  "subscription.requested": "Alerts requested",
  "subscription.confirmed": "Alerts confirmed",
  "subscription.cancelled": "Alerts cancelled",
  "webhook.created": "Webhook added",
  "webhook.activated": "Webhook resumed",
  "webhook.deactivated": "Webhook paused",
  "webhook.deleted": "Webhook deleted",
  "delivery.resent": "Delivery sent again",
};

export function auditActionLabel(action: string): string {
  return ownValue(auditActionLabels, action) ?? action;
}
