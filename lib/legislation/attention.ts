import "server-only";

import type { Database } from "@/lib/db/client";

import { formatIsoDay, parseDay, toDay } from "./dates";
import { phaseWhere } from "./phase-where";
import { termKeyDate } from "./term-key-date";

// What the dashboard asks an editor to look at, each with the page where it is put right: bills
// the record has gone quiet on, entries only a secondary source backs, facts not checked for a
// month, figures with no link to their publication, dates coming up, and the queues (suggestions; for administrators, invitations and
// failed deliveries).

export const QUIET_MONTHS = 6;
export const UNVERIFIED_DAYS = 30;
export const KEY_DATE_DAYS = 30;
/** Items shown per group; the rest are counted, with a link to the full list. */
export const GROUP_LIMIT = 8;

export interface AttentionItem {
  key: string;
  text: string;
  href: string;
}

export interface AttentionGroup {
  id: "quiet" | "secondary" | "unverified" | "unlinked" | "keyDates" | "queues";
  title: string;
  items: AttentionItem[];
  /** How many more there are than `items`, and where to see them all. */
  more: { count: number; href: string } | null;
}

const DAY_MS = 24 * 60 * 60 * 1000;

function monthsBefore(day: Date, months: number): Date {
  const earlier = new Date(day);
  earlier.setUTCMonth(earlier.getUTCMonth() - months);
  return earlier;
}

function listOf(words: string[]): string {
  return words.length <= 1 ? words.join("") : `${words.slice(0, -1).join(", ")} and ${words.at(-1)}`;
}

function plural(count: number, one: string, many: string): string {
  return `${count} ${count === 1 ? one : many}`;
}

function grouper(limit: number) {
  return (id: AttentionGroup["id"], title: string, items: AttentionItem[], moreHref: string): AttentionGroup => ({
    id,
    title,
    items: items.slice(0, limit),
    more: items.length > limit ? { count: items.length - limit, href: moreHref } : null,
  });
}

async function quietBills(db: Database, today: Date, now: Date): Promise<AttentionItem[]> {
  const bills = await db.bill.findMany({
    // Only bills still before their legislature: a law or a dead bill is expected to be quiet.
    where: { AND: [phaseWhere(["legislature"], now), { OR: [{ lastEventOn: null }, { lastEventOn: { lt: monthsBefore(today, QUIET_MONTHS) } }] }] },
    orderBy: [{ lastEventOn: { sort: "asc", nulls: "first" } }, { shortTitle: "asc" }],
    select: { id: true, shortTitle: true, lastEventOn: true },
  });
  return bills.map((bill) => ({
    key: `quiet-${bill.id}`,
    text: bill.lastEventOn ? `${bill.shortTitle}: nothing recorded since ${formatIsoDay(toDay(bill.lastEventOn))}` : `${bill.shortTitle}: nothing recorded yet`,
    href: `/admin/bills/${bill.id}/history`,
  }));
}

async function secondaryOnly(db: Database): Promise<AttentionItem[]> {
  // Entries that stand (not retracted, not corrected by a later entry) with only a secondary source.
  const rows = await db.statusEvent.groupBy({
    by: ["billId"],
    where: { sourceKind: "secondary", retractedAt: null, correctedBy: { is: null } },
    _count: { _all: true },
  });
  if (rows.length === 0) return [];
  const titles = new Map(
    (await db.bill.findMany({ where: { id: { in: rows.map((row) => row.billId) } }, select: { id: true, shortTitle: true } })).map((bill) => [bill.id, bill.shortTitle]),
  );
  return rows
    .map((row) => ({
      key: `secondary-${row.billId}`,
      text: `${titles.get(row.billId) ?? "A bill"}: ${plural(row._count._all, "entry cites", "entries cite")} only a secondary source`,
      href: `/admin/bills/${row.billId}/history`,
    }))
    .sort((a, b) => a.text.localeCompare(b.text));
}

async function unverifiedBills(db: Database, today: Date): Promise<AttentionItem[]> {
  const bills = await db.bill.findMany({
    where: { OR: [{ verifiedOn: null }, { verifiedOn: { lt: new Date(today.getTime() - UNVERIFIED_DAYS * DAY_MS) } }] },
    orderBy: [{ verifiedOn: { sort: "asc", nulls: "first" } }, { shortTitle: "asc" }],
    select: { id: true, shortTitle: true, verifiedOn: true },
  });
  return bills.map((bill) => ({
    key: `unverified-${bill.id}`,
    text: bill.verifiedOn ? `${bill.shortTitle}: facts last checked on ${formatIsoDay(toDay(bill.verifiedOn))}` : `${bill.shortTitle}: facts never checked`,
    href: `/admin/bills/${bill.id}#field-verifiedOn`,
  }));
}

async function unlinkedFigures(db: Database): Promise<AttentionItem[]> {
  const figures = await db.statistic.findMany({ where: { OR: [{ sourceUrl: null }, { sourceUrl: "" }] }, orderBy: [{ position: "asc" }, { label: "asc" }], select: { id: true, label: true, sourceName: true } });
  return figures.map((figure) => ({ key: `unlinked-${figure.id}`, text: `${figure.label} (${figure.sourceName}): no link to the publication`, href: `/admin/statistics/${figure.id}` }));
}

async function comingKeyDates(db: Database, today: Date, now: Date): Promise<AttentionItem[]> {
  const until = new Date(today.getTime() + KEY_DATE_DAYS * DAY_MS);
  const [kept, termBills] = await Promise.all([
    db.keyDate.findMany({
      where: { date: { gte: today, lte: until } },
      orderBy: [{ date: "asc" }, { title: "asc" }],
      select: { id: true, date: true, title: true, bill: { select: { shortTitle: true } } },
    }),
    db.bill.findMany({
      where: { AND: [phaseWhere(["legislature"], now), { termEndsAt: { gte: today, lte: new Date(until.getTime() + DAY_MS) } }] },
      orderBy: { shortTitle: "asc" },
      select: { id: true, shortTitle: true, jurisdiction: true, session: true },
    }),
  ]);
  const items = kept.map((keyDate) => ({
    day: toDay(keyDate.date),
    key: `key-date-${keyDate.id}`,
    text: `${formatIsoDay(toDay(keyDate.date))}: ${keyDate.title}${keyDate.bill ? ` (${keyDate.bill.shortTitle})` : ""}`,
    href: `/admin/key-dates/${keyDate.id}`,
  }));
  // One line per term ending, however many bills it ends: the end of a Congress concerns dozens.
  const terms = new Map<string, { day: string; title: string; bills: { id: string; shortTitle: string }[] }>();
  for (const bill of termBills) {
    const term = termKeyDate(bill);
    if (!term || term.date > toDay(until)) continue;
    const entry = terms.get(term.id) ?? { day: term.date, title: term.title, bills: [] };
    entry.bills.push(bill);
    terms.set(term.id, entry);
  }
  for (const [id, term] of terms) {
    const [only] = term.bills;
    const names = term.bills.slice(0, 3).map((bill) => bill.shortTitle);
    const others = term.bills.length - names.length;
    items.push({
      day: term.day,
      key: id,
      text: `${formatIsoDay(term.day)}: ${term.title}, with ${listOf(others ? [...names, plural(others, "other bill", "other bills")] : names)} not yet law`,
      href: term.bills.length === 1 && only ? `/admin/bills/${only.id}/history` : "/admin/bills?sort=activity",
    });
  }
  return items.sort((a, b) => a.day.localeCompare(b.day) || a.text.localeCompare(b.text)).map(({ day: _day, ...item }) => item);
}

async function queues(db: Database, now: Date, admin: boolean): Promise<AttentionItem[]> {
  const [suggestions, invitations, failed] = await Promise.all([
    db.suggestion.count({ where: { state: "new" } }),
    admin ? db.userToken.count({ where: { kind: "invite", usedAt: null, expiresAt: { gt: now } } }) : 0,
    admin ? db.outbox.count({ where: { status: "failed" } }) : 0,
  ]);
  const items: AttentionItem[] = [];
  if (suggestions) items.push({ key: "suggestions", text: `${plural(suggestions, "suggestion", "suggestions")} from official sources to review`, href: "/admin/inbox" });
  if (invitations) items.push({ key: "invitations", text: `${plural(invitations, "invitation", "invitations")} not yet accepted`, href: "/admin/users" });
  if (failed) items.push({ key: "failed", text: `${plural(failed, "delivery", "deliveries")} failed`, href: "/admin/deliveries?status=failed" });
  return items;
}

/** Everything that needs attention, in groups; groups with nothing in them are left out. */
export async function needsAttention(db: Database, options: { now?: Date; admin: boolean; limit?: number }): Promise<AttentionGroup[]> {
  const now = options.now ?? new Date();
  const group = grouper(options.limit ?? GROUP_LIMIT);
  const today = parseDay(toDay(now)) ?? now;
  const [quiet, secondary, unverified, unlinked, keyDates, queued] = await Promise.all([
    quietBills(db, today, now),
    secondaryOnly(db),
    unverifiedBills(db, today),
    unlinkedFigures(db),
    comingKeyDates(db, today, now),
    queues(db, now, options.admin),
  ]);
  return [
    group("queues", "Waiting for someone", queued, "/admin/inbox"),
    group("keyDates", `Key dates in the next ${KEY_DATE_DAYS} days`, keyDates, "/admin/key-dates"),
    group("quiet", `No recorded action for ${QUIET_MONTHS} months or more`, quiet, "/admin/bills?sort=activity"),
    group("secondary", "Entries backed only by a secondary source", secondary, "/admin/bills"),
    group("unverified", `Facts not checked for more than ${UNVERIFIED_DAYS} days`, unverified, "/admin/bills?sort=updated"),
    group("unlinked", "Figures with no link to their source", unlinked, "/admin/statistics"),
  ].filter((entry) => entry.items.length > 0);
}
