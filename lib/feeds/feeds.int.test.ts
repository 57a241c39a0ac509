import { readFileSync } from "node:fs";
import path from "node:path";

import { parseFeed } from "@rowanmanning/feed-parser";
import ICAL from "ical.js";
import { beforeAll, describe, expect, it } from "vitest";

import { importTextVersion } from "@/lib/bill-text/commands/import-version";
import { db } from "@/lib/db/client";
import { createOrganisation } from "@/lib/legislation/commands/create-organisation";
import { recordPosition } from "@/lib/legislation/commands/record-position";
import { updatePosition } from "@/lib/legislation/commands/update-position";
import { makeUser } from "@/lib/testing/users";
import { makeBill } from "@/prisma/seed/make-bill";
import { seed } from "@/prisma/seed/seed";

import { handleBillCalendar, handleBillFeed, handleSiteCalendar, handleSiteFeed, type FeedReads } from "./handlers";
import { loadBillCalendar, loadBillFeed, loadSiteCalendar, loadSiteFeed, newestTogether, type FeedEntry, type FeedPosition, type FeedTextVersion } from "./queries";

// Feeds are checked by libraries that readers' software uses: @rowanmanning/feed-parser for
// Atom, ical.js (Mozilla's iCalendar parser) for the calendars.

const reads: FeedReads = {
  siteFeed: () => loadSiteFeed(db),
  billFeed: (slug) => loadBillFeed(db, slug),
  siteCalendar: () => loadSiteCalendar(db),
  billCalendar: (slug) => loadBillCalendar(db, slug),
};

const origin = "http://localhost:3000";
const get = (path: string, headers: Record<string, string> = {}) => new Request(`${origin}${path}`, { headers });

async function siteFeed() {
  const response = await handleSiteFeed(get("/feed.xml"), reads);
  expect(response.status).toBe(200);
  expect(response.headers.get("content-type")).toBe("application/atom+xml; charset=utf-8");
  const feed = parseFeed(await response.text());
  expect(feed.meta.type).toBe("atom");
  return feed;
}

function calendarEvents(text: string) {
  const calendar = new ICAL.Component(ICAL.parse(text));
  return calendar.getAllSubcomponents("vevent").map((component) => new ICAL.Event(component));
}

beforeAll(async () => {
  await seed(db);
  await makeBill({
    slug: "draft-bill",
    shortTitle: "Unannounced Draft Bill",
    state: "draft",
    keyDates: [{ date: "2027-01-01", title: "Secret deadline", sourceUrl: "https://example.org/secret" }],
  });
});

describe("Atom feeds", () => {
  it("have every element RFC 4287 requires, for the feed and each entry", async () => {
    const feed = await siteFeed();
    expect(feed.title).toBe("Policy Tracker: every status change");
    expect(feed.self).toBe(`${origin}/feed.xml`);
    expect(feed.url).toBe(`${origin}/`);
    expect(feed.updated).toBeInstanceOf(Date);
    expect(feed.authors[0]).toMatchObject({ name: "Policy Tracker", url: `${origin}/` });
    expect(feed.items.length).toBeGreaterThan(10);
    for (const item of feed.items) {
      expect(item.id).toMatch(/^tag:localhost,\d{4}-\d{2}-\d{2}:status-event:[a-z0-9]+$/);
      expect(item.title).toBeTruthy();
      expect(item.updated).toBeInstanceOf(Date);
      expect(item.published).toBeInstanceOf(Date);
      expect(item.url).toMatch(new RegExp(`^${origin}/bills/[a-z0-9-]+$`));
      expect(item.authors[0]?.name).toBe("Policy Tracker");
      expect(item.content).toContain("Source");
    }
    expect(new Set(feed.items.map((item) => item.id)).size).toBe(feed.items.length);
    const signed = feed.items.find((item) => item.title === "TAKE IT DOWN Act: Signed by the President (19 May 2025)");
    expect(signed?.url).toBe(`${origin}/bills/take-it-down-act`);
    expect(feed.items.some((item) => item.title?.includes("Unannounced"))).toBe(false);
  });

  it("show a correction as an update of the same entry, not as a new one", async () => {
    const bill = await makeBill({
      slug: "feed-correction",
      shortTitle: "Feed Correction Bill",
      events: [{ occurredOn: "2025-02-10", stage: "introduced", description: "Introduced on the wrong day" }],
    });
    const before = (await loadBillFeed(db, "feed-correction"))!;
    const [original] = await db.statusEvent.findMany({ where: { billId: bill.id } });
    await db.statusEvent.create({
      data: {
        billId: bill.id,
        path: "senate",
        stage: "introduced",
        occurredOn: new Date("2025-02-11T00:00:00Z"),
        description: "Introduced",
        sourceUrl: "https://example.org/record",
        sourceKind: "official",
        correctsId: original!.id,
        createdAt: new Date(Date.now() + 60_000),
      },
    });

    const response = await handleBillFeed(get("/bills/feed-correction/feed.xml"), "feed-correction", reads);
    const feed = parseFeed(await response.text());
    expect(feed.self).toBe(`${origin}/bills/feed-correction/feed.xml`);
    expect(feed.items).toHaveLength(1);
    const [entry] = feed.items;
    expect(entry!.id).toBe(`tag:localhost,${before.entries[0]!.published.slice(0, 10)}:status-event:${original!.id}`);
    expect(entry!.title).toBe("Corrected: Feed Correction Bill: Introduced in the Senate (11 February 2025)");
    expect(entry!.updated!.getTime()).toBeGreaterThan(Date.parse(before.entries[0]!.updated));
    expect(entry!.content).toContain("Introduced on the wrong day");
    expect(feed.updated!.getTime()).toBe(entry!.updated!.getTime());

    await db.statusEvent.updateMany({
      where: { billId: bill.id, correctsId: { not: null } },
      data: { retractedAt: new Date(Date.now() + 120_000), retractionReason: "No such bill was introduced." },
    });
    const retracted = parseFeed(await (await handleBillFeed(get("/bills/feed-correction/feed.xml"), "feed-correction", reads)).text());
    expect(retracted.items).toHaveLength(1);
    expect(retracted.items[0]!.id).toBe(entry!.id);
    expect(retracted.items[0]!.title).toMatch(/^Retracted: /);
    expect(retracted.items[0]!.content).toContain("No such bill was introduced.");
  });

  it("escape text from the database, so markup in a title is shown, not run", async () => {
    await makeBill({
      slug: "markup-bill",
      shortTitle: "Kids & <Safety> Act",
      events: [{ occurredOn: "2025-03-01", stage: "introduced", description: "Read <b>twice</b> & referred" }],
    });
    const response = await handleBillFeed(get("/bills/markup-bill/feed.xml"), "markup-bill", reads);
    const text = await response.text();
    // Entry content is HTML: the database's text arrives escaped, so readers display it as text.
    expect(text).toContain("<p>Read &lt;b&gt;twice&lt;/b&gt; &amp; referred</p>");
    expect(text).not.toContain("<b>twice</b>");
    const feed = parseFeed(text);
    expect(feed.title).toBe("Kids & <Safety> Act: status changes – Policy Tracker");
    expect(feed.items[0]!.title).toBe("Kids & <Safety> Act: Introduced in the Senate (1 March 2025)");
    expect(feed.items[0]!.content).toContain("Read <b>twice</b> & referred");
  });

  it("answer 304 to a conditional request with the ETag or the Last-Modified date", async () => {
    const first = await handleSiteFeed(get("/feed.xml"), reads);
    const etag = first.headers.get("etag")!;
    const lastModified = first.headers.get("last-modified")!;
    expect(first.headers.get("access-control-allow-origin")).toBe("*");
    expect((await handleSiteFeed(get("/feed.xml", { "If-None-Match": etag }), reads)).status).toBe(304);
    expect((await handleSiteFeed(get("/feed.xml", { "If-Modified-Since": lastModified }), reads)).status).toBe(304);
    expect((await handleSiteFeed(get("/feed.xml", { "If-None-Match": '"something-else"' }), reads)).status).toBe(200);
    // Same data, same bytes: the ETag is a function of the content, not of the moment.
    expect((await handleSiteFeed(get("/feed.xml"), reads)).headers.get("etag")).toBe(etag);
  });

  it("give each recorded position an entry of its own: a change of position adds one, a correction updates it", async () => {
    const editor = await makeUser("editor");
    const bill = await makeBill({ slug: "feed-positions", shortTitle: "Feed Positions Bill", state: "published" });
    const draft = await makeBill({ slug: "feed-positions-draft", shortTitle: "Hidden Positions Bill", state: "draft" });
    const created = await createOrganisation(editor.principal, { name: "Feed <Coalition> & Co", url: "https://example.org/coalition", isOwn: "" });
    if (!created.ok) throw new Error(created.error.message);
    const organisationId = created.value.id;
    const position = (billId: string, stance: string, statedOn: string, statement: string) =>
      recordPosition(editor.principal, { billId, organisationId, stance, statement, sourceUrl: "https://example.org/statement", statedOn });
    const first = await position(bill.id, "support", "2025-03-01", "We back the bill as introduced.");
    const second = await position(bill.id, "oppose", "2025-06-01", "The amendments removed the <safeguards>.");
    expect(await position(draft.id, "oppose", "2025-06-01", "Not for the public yet.")).toMatchObject({ ok: true });
    if (!first.ok || !second.ok) throw new Error("positions were not recorded");

    const text = await (await handleBillFeed(get("/bills/feed-positions/feed.xml"), "feed-positions", reads)).text();
    expect(text).toContain("The amendments removed the &lt;safeguards&gt;.");
    const feed = parseFeed(text);
    const entries = feed.items.filter((item) => item.id?.includes(":position:"));
    expect(entries.map((item) => item.title)).toEqual([
      "Feed Positions Bill: Feed <Coalition> & Co – Oppose (1 June 2025)",
      "Feed Positions Bill: Feed <Coalition> & Co – Support (1 March 2025)",
    ]);
    expect(entries[0]!.id).toMatch(new RegExp(`^tag:localhost,\\d{4}-\\d{2}-\\d{2}:position:${second.value.id}$`));
    expect(entries[0]!.url).toBe(`${origin}/bills/feed-positions#positions-heading`);
    expect(entries[0]!.content).toContain("https://example.org/statement");

    const site = await siteFeed();
    expect(site.items.filter((item) => item.id?.includes(":position:")).map((item) => item.title)).toEqual(
      expect.arrayContaining(["Feed Positions Bill: Feed <Coalition> & Co – Oppose (1 June 2025)"]),
    );
    expect(site.items.some((item) => item.title?.includes("Hidden Positions Bill"))).toBe(false);

    // Editing a position corrects what was recorded: the same entry, updated, not a new one.
    const row = await db.position.findUniqueOrThrow({ where: { id: first.value.id } });
    const edited = await updatePosition(editor.principal, {
      id: row.id,
      version: String(row.version),
      billId: bill.id,
      organisationId,
      stance: "support",
      statement: "We back the bill as introduced, with its safeguards.",
      sourceUrl: "https://example.org/statement",
      statedOn: "2025-03-01",
    });
    expect(edited).toMatchObject({ ok: true });
    const after = parseFeed(await (await handleBillFeed(get("/bills/feed-positions/feed.xml"), "feed-positions", reads)).text());
    const updated = after.items.filter((item) => item.id?.includes(":position:"));
    expect(updated).toHaveLength(2);
    expect(updated[0]!.id).toBe(entries[1]!.id);
    expect(updated[0]!.content).toContain("with its safeguards");
  });

  it("give each version of a bill's text an entry with its change summary and links; a replacement file updates it", async () => {
    const fixture = (name: string) => readFileSync(path.join(import.meta.dirname, "..", "bill-text", "fixtures", name), "utf8");
    const editor = await makeUser("editor");
    await makeBill({ slug: "feed-text", shortTitle: "Feed Text Act", state: "published" });
    await makeBill({ slug: "feed-text-draft", shortTitle: "Hidden Text Act", state: "draft" });
    const load = async (billSlug: string, code: string, raw: string, versionDate: string, replace = false) => {
      const result = await importTextVersion(editor.principal, { billSlug, code, raw, versionDate, replace });
      if (!result.ok) throw new Error(result.error.message);
      return result.value.id;
    };
    const reported = fixture("fixture-act-rs.xml");
    const first = await load("feed-text", "is", fixture("fixture-act-is.xml"), "2025-03-04");
    const second = await load("feed-text", "rs", reported, "2025-06-10");
    await load("feed-text-draft", "is", fixture("fixture-act-is.xml"), "2025-03-04");

    const billFeed = async () => parseFeed(await (await handleBillFeed(get("/bills/feed-text/feed.xml"), "feed-text", reads)).text());
    const feed = await billFeed();
    const entries = feed.items.filter((item) => item.id?.includes(":text-version:"));
    expect(entries.map((item) => item.title)).toEqual(["New text: Reported in Senate — Feed Text Act", "New text: Introduced in Senate — Feed Text Act"]);
    const [newest, oldest] = entries;
    expect(newest!.id).toMatch(new RegExp(`^tag:localhost,\\d{4}-\\d{2}-\\d{2}:text-version:${second}$`));
    expect(oldest!.id).toMatch(new RegExp(`:text-version:${first}$`));
    expect(newest!.url).toBe(`${origin}/bills/feed-text/text/rs`);
    expect(newest!.content).toContain("10 June 2025");
    expect(newest!.content).toContain("Compared with Introduced in Senate: 2 sections changed, 1 added, 2 renumbered.");
    expect(newest!.content).toContain(`<a href="${origin}/bills/feed-text/text/compare?from=is&to=rs">See what changed</a>`);
    expect(newest!.content).toContain(`<a href="${origin}/bills/feed-text/text/rs">Read the text</a>`);
    expect(oldest!.content).toContain("The first version of this bill's text on the tracker.");
    const stored = await db.billTextVersion.findUniqueOrThrow({ where: { id: second } });
    expect(newest!.updated?.toISOString()).toBe(stored.importedAt.toISOString());

    // A replacement file keeps the entry's id and moves its updated time.
    await load("feed-text", "rs", reported.replace("</legis-body>", " </legis-body>"), "2025-06-10", true);
    const after = (await billFeed()).items.filter((item) => item.id?.includes(":text-version:"));
    expect(after).toHaveLength(2);
    expect(after[0]!.id).toBe(newest!.id);
    expect(after[0]!.updated!.getTime()).toBeGreaterThan(newest!.updated!.getTime());

    const site = await siteFeed();
    expect(site.items.filter((item) => item.id?.includes(":text-version:")).map((item) => item.id)).toEqual(expect.arrayContaining([newest!.id, oldest!.id]));
    expect(site.items.some((item) => item.title?.includes("Hidden Text Act"))).toBe(false);
  });

  it("keep the site feed to its limit across status entries, positions and text versions together, newest first", () => {
    const at = (minute: number) => new Date(Date.UTC(2026, 0, 1, 0, minute)).toISOString();
    const entries = [6, 3, 1].map((minute) => ({ rootId: `e${minute}`, updated: at(minute) }) as FeedEntry);
    const positions = [4, 2].map((minute) => ({ id: `p${minute}`, updated: at(minute) }) as FeedPosition);
    const textVersions = [5, 0].map((minute) => ({ id: `t${minute}`, updated: at(minute) }) as FeedTextVersion);
    const newest = newestTogether({ entries, positions, textVersions }, 4);
    expect(newest.entries.map((entry) => entry.rootId)).toEqual(["e6", "e3"]);
    expect(newest.positions.map((position) => position.id)).toEqual(["p4"]);
    expect(newest.textVersions.map((version) => version.id)).toEqual(["t5"]);
    expect(newestTogether({ entries, positions, textVersions }, 10).entries).toHaveLength(3);
  });

  it("answer 404 for a draft bill, as for one that does not exist", async () => {
    const response = await handleBillFeed(get("/bills/draft-bill/feed.xml"), "draft-bill", reads);
    expect(response.status).toBe(404);
    expect(response.headers.get("content-type")).toBe("application/problem+json");
  });
});

describe("iCalendar feeds", () => {
  it("give each key date as an all-day event with a stable UID, parsed by ical.js", async () => {
    const response = await handleSiteCalendar(get("/calendar.ics"), reads);
    expect(response.headers.get("content-type")).toBe("text/calendar; charset=utf-8");
    const text = await response.text();
    const events = calendarEvents(text);
    const takeItDown = events.find((event) => event.summary.startsWith("TAKE IT DOWN Act"));
    expect(takeItDown?.summary).toBe("TAKE IT DOWN Act: Platforms' notice-and-removal duties take effect");
    expect(takeItDown?.startDate.isDate).toBe(true);
    expect(takeItDown?.startDate.toString()).toBe("2026-05-19");
    expect(takeItDown?.endDate.toString()).toBe("2026-05-20");
    expect(takeItDown?.uid).toMatch(/^key-date-[a-z0-9]+@localhost$/);
    expect(takeItDown?.description).toContain("Source: https://www.xbiz.com/");
    expect(events.some((event) => event.summary.includes("Secret deadline"))).toBe(false);
    expect(text).toContain("PRODID:-//Policy Tracker//key-dates//EN");

    // Editing a key date keeps its UID and raises SEQUENCE, so calendars update it in place.
    const keyDate = await db.keyDate.findFirstOrThrow({ where: { bill: { slug: "take-it-down-act" } } });
    await db.keyDate.update({ where: { id: keyDate.id }, data: { title: "Notice-and-removal duties in force", version: { increment: 1 } } });
    const after = calendarEvents(await (await handleSiteCalendar(get("/calendar.ics"), reads)).text());
    const edited = after.find((event) => event.uid === takeItDown?.uid);
    expect(edited?.summary).toBe("TAKE IT DOWN Act: Notice-and-removal duties in force");
    expect(edited?.sequence).toBe(1);
    expect(after).toHaveLength(events.length);
  });

  it("per bill, list only that bill's key dates, and 404 for a draft", async () => {
    const response = await handleBillCalendar(get("/bills/uk-crime-and-policing-bill/calendar.ics"), "uk-crime-and-policing-bill", reads);
    const events = calendarEvents(await response.text());
    expect(events.map((event) => event.startDate.toString())).toEqual(["2026-06-29"]);
    expect((await handleBillCalendar(get("/bills/draft-bill/calendar.ics"), "draft-bill", reads)).status).toBe(404);
    const etag = response.headers.get("etag")!;
    const again = await handleBillCalendar(
      get("/bills/uk-crime-and-policing-bill/calendar.ics", { "If-None-Match": etag }),
      "uk-crime-and-policing-bill",
      reads,
    );
    expect(again.status).toBe(304);
  });
});
