import { PrismaPg } from "@prisma/adapter-pg";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";

import { getConfig } from "@/lib/config";
import { db } from "@/lib/db/client";
import { PrismaClient } from "@/lib/db/generated/client";
import { logMailer } from "@/lib/alerts/mailer";
import { drainOutbox } from "@/lib/alerts/worker";
import { makeUser } from "@/lib/testing/users";
import { makeBill } from "@/prisma/seed/make-bill";

import { setSuggestionAlerts } from "./commands/set-suggestion-alerts";

import { pollDue, pollNext, type PollerDeps } from "./poller";
import type { SourceWatchSettings } from "./settings";
import { startFakeOfficialServer, type FakeOfficialServer } from "./testing/fake-official-server";
import { fixtureText } from "./testing/fixtures";

// The poller on real PostgreSQL against a fake Congress.gov on loopback: what it suggests, how
// it asks (key, conditional requests), how two instances share the work, and every way an
// official server can fail.

const ACTIONS = "/v3/bill/119/s/3021/actions";
const TEXT = "/v3/bill/119/s/3021/text";
const INTERVAL_MS = 900_000;

let fake: FakeOfficialServer;
let settings: SourceWatchSettings;
const deps = (overrides: Partial<SourceWatchSettings> = {}, now = () => new Date()): PollerDeps => ({ settings: { ...settings, ...overrides }, now });

beforeAll(async () => {
  fake = await startFakeOfficialServer();
  settings = {
    intervalMs: INTERVAL_MS,
    congressApiKey: "test-key",
    congressBaseUrl: `${fake.url}/v3`,
    ukBillsBaseUrl: `${fake.url}/uk`,
    legislationBaseUrl: `${fake.url}/legislation`,
    govinfoBaseUrl: `${fake.url}/govinfo`,
    // The fake server is on loopback, which production refuses.
    policy: { allowPrivateAddresses: true },
    timeoutMs: 1_000,
  };
});

afterAll(() => fake.close());

let sourceId: string;
let billId: string;

beforeEach(async () => {
  // One source due at a time: earlier tests' sources are switched off.
  await db.watchedSource.updateMany({ data: { active: false } });
  const bill = await makeBill({
    numbers: ["S.3021", "H.R.4831"],
    events: [
      { occurredOn: "2025-10-21", path: "senate", stage: "referred", chamber: "senate", description: "Read twice and referred to the Committee on the Judiciary." },
      { occurredOn: "2025-12-16", path: "senate", stage: "passed", chamber: "senate", description: "Passed Senate without amendment by Unanimous Consent." },
      { occurredOn: "2025-12-17", path: "house", stage: "received", chamber: "house", description: "Received in the House." },
    ],
  });
  billId = bill.id;
  sourceId = (await db.watchedSource.create({ data: { billId, kind: "congress_bill", identifier: "119/s/3021" } })).id;
  fake.set(ACTIONS, { kind: "json", body: fixtureText("congress/s-3021-actions.json") });
  // Text versions have their own tests (text-versions.int.test.ts): none listed here.
  fake.set(TEXT, { kind: "json", body: JSON.stringify({ textVersions: [] }) });
});

const source = () => db.watchedSource.findUniqueOrThrow({ where: { id: sourceId } });
const suggestions = () => db.suggestion.findMany({ where: { billId }, orderBy: [{ occurredOn: "desc" }, { createdAt: "asc" }] });
const makeDue = () => db.watchedSource.update({ where: { id: sourceId }, data: { nextPollAt: new Date(Date.now() - 1000) } });

describe("polling a Congress.gov bill", () => {
  it("suggests the actions not yet recorded, with the key in a header, and waits an interval", async () => {
    const before = fake.count(ACTIONS);
    expect(await pollNext(db, deps())).toBe("polled");
    expect(fake.count(ACTIONS)).toBe(before + 1);
    expect(fake.lastHeaders(ACTIONS)?.["x-api-key"]).toBe("test-key");
    expect(fake.lastHeaders(TEXT)?.["x-api-key"]).toBe("test-key");
    const stored = await suggestions();
    expect(stored.map((item) => `${item.path}:${item.stage} ${item.description}`)).toEqual([
      "senate:discharged Senate Committee on the Judiciary discharged by Unanimous Consent.",
      "senate:introduced Introduced in Senate",
    ]);
    expect(stored[0]).toMatchObject({ state: "new", chamber: "senate", billNumber: "S.3021", vote: "Unanimous consent", sourceUrl: "https://www.congress.gov/bill/119th-congress/senate-bill/3021/all-actions" });
    const polled = await source();
    expect(polled.lastSuccessAt).not.toBeNull();
    expect(polled.nextPollAt.getTime() - (polled.lastPolledAt?.getTime() ?? 0)).toBe(INTERVAL_MS);
    expect(await pollNext(db, deps())).toBe("idle");
  });

  it("asks conditionally next time, and an unchanged record suggests nothing", async () => {
    await pollNext(db, deps());
    await makeDue();
    expect(await pollNext(db, deps())).toBe("unchanged");
    expect(fake.lastHeaders(ACTIONS)?.["if-none-match"]).toMatch(/^"[0-9a-f]+"$/);
    expect(fake.lastHeaders(TEXT)?.["if-none-match"]).toMatch(/^"[0-9a-f]+"$/);
    expect(await suggestions()).toHaveLength(2);
  });

  it("suggests a new House action once, and not again on the next poll", async () => {
    await pollNext(db, deps());
    fake.set(ACTIONS, { kind: "json", body: fixtureText("congress/s-3021-actions-house-referral.json") });
    await makeDue();
    expect(await pollNext(db, deps())).toBe("polled");
    await makeDue();
    fake.set(ACTIONS, { kind: "json", body: fixtureText("congress/s-3021-actions-house-referral.json"), etag: false });
    expect(await pollNext(db, deps())).toBe("polled");
    const stored = await suggestions();
    expect(stored.map((item) => `${item.path}:${item.stage}`)).toEqual(["house:referred", "senate:discharged", "senate:introduced"]);
    expect(stored[0]).toMatchObject({ body: "House Committee on the Judiciary", occurredOn: new Date("2026-01-12T00:00:00Z") });
  });

  it("is fetched once when two instances poll at the same moment", async () => {
    const url = new URL(getConfig().DATABASE_URL!); // set for every integration test file
    const instance = (name: string) => {
      url.searchParams.set("application_name", name);
      return new PrismaClient({ adapter: new PrismaPg({ connectionString: url.toString() }) });
    };
    const [first, second] = [instance("source-watch-a"), instance("source-watch-b")];
    try {
      const before = fake.count(ACTIONS);
      const results = await Promise.all([pollDue(first, deps()), pollDue(second, deps()), pollDue(first, deps()), pollDue(second, deps())]);
      expect(results.flat().filter((result) => result === "polled")).toHaveLength(1);
      expect(fake.count(ACTIONS)).toBe(before + 1);
      expect(await suggestions()).toHaveLength(2);
    } finally {
      await Promise.all([first.$disconnect(), second.$disconnect()]);
    }
  });

  it("is not polled without a Congress.gov key", async () => {
    const before = fake.count(ACTIONS);
    expect(await pollNext(db, deps({ congressApiKey: null }))).toBe("idle");
    expect(fake.count(ACTIONS)).toBe(before);
    expect((await source()).lastPolledAt).toBeNull();
  });

  it("waits for the next hour once the host's allowance is spent, without asking", async () => {
    const now = new Date();
    const host = new URL(fake.url).host;
    await db.sourceWatchHost.upsert({ where: { host }, create: { host, windowStartedAt: now, requests: 4_500 }, update: { windowStartedAt: now, requests: 4_500 } });
    try {
      const before = fake.count(ACTIONS);
      expect(await pollNext(db, deps({}, () => now))).toBe("rate_limited");
      expect(fake.count(ACTIONS)).toBe(before);
      expect((await source()).nextPollAt.getTime()).toBe(now.getTime() + 3_600_000);
    } finally {
      await db.sourceWatchHost.delete({ where: { host } });
    }
  });

  it("refuses a loopback address unless private addresses are allowed", async () => {
    const before = fake.count(ACTIONS);
    expect(await pollNext(db, deps({ policy: { allowPrivateAddresses: false } }))).toBe("failed");
    expect(fake.count(ACTIONS)).toBe(before);
    expect((await source()).lastError).toMatch(/^Refused: the address is not a public HTTPS server/);
  });
});

describe("polling a UK Parliament bill", () => {
  it("suggests the stages not recorded, by date and step or by the stage's own address", async () => {
    await db.watchedSource.updateMany({ data: { active: false } });
    const bill = await makeBill({
      jurisdiction: "uk",
      events: [
        { occurredOn: "2025-02-25", path: "first_house", stage: "first_reading", chamber: "commons", description: "First reading." },
        { occurredOn: "2025-03-10", path: "first_house", stage: "second_reading", chamber: "commons", description: "Second reading." },
        // Recorded on another day than the API's first sitting, but citing the stage's page.
        { occurredOn: "2025-05-13", path: "first_house", stage: "committee", chamber: "commons", description: "Committee.", sourceUrl: "https://bills.parliament.uk/bills/3938/stages/19004" },
      ],
    });
    await db.watchedSource.create({ data: { billId: bill.id, kind: "uk_bill", identifier: "3938" } });
    fake.set("/uk/Bills/3938/Stages", { kind: "json", body: fixtureText("uk-bills/3938-stages.json") });
    expect(await pollNext(db, deps())).toBe("polled");
    const stored = await db.suggestion.findMany({ where: { billId: bill.id }, orderBy: { occurredOn: "asc" } });
    expect(stored.map((item) => `${item.occurredOn.toISOString().slice(0, 10)} ${item.path}:${item.stage} ${item.chamber}`)).toEqual([
      "2025-06-17 first_house:report commons",
      "2025-06-18 first_house:third_reading commons",
      "2025-10-16 second_house:second_reading lords",
      "2025-11-27 second_house:committee lords",
      "2026-04-16 final:consideration_of_amendments lords",
      "2026-04-29 final:royal_assent null",
    ]);
  });
});

describe("polling legislation.gov.uk and feeds", () => {
  it("suggests commencement regulations made under the Act, found by its title", async () => {
    await db.watchedSource.updateMany({ data: { active: false } });
    const bill = await makeBill({ jurisdiction: "uk", events: [{ occurredOn: "2026-04-29", path: "final", stage: "royal_assent", description: "Royal Assent." }] });
    await db.watchedSource.create({ data: { billId: bill.id, kind: "legislation_gov_uk", identifier: "ukpga/2026/20", matchWords: ["Crime and Policing Act 2026"] } });
    fake.set("/legislation/secondary/data.feed", { kind: "raw", status: 200, headers: { "Content-Type": "application/atom+xml" }, body: fixtureText("legislation-gov-uk/crime-and-policing-act-2026-instruments.feed.xml") });
    expect(await pollNext(db, deps())).toBe("polled");
    expect(fake.lastHeaders("/legislation/secondary/data.feed")?.accept).toBe("application/atom+xml");
    expect(await db.suggestion.findMany({ where: { billId: bill.id }, select: { path: true, stage: true, sourceUrl: true } })).toEqual([
      { path: "after", stage: "in_force_in_part", sourceUrl: "https://www.legislation.gov.uk/uksi/2026/689/made" },
    ]);
  });

  it("suggests what an Act's page says is in force, leaving out the Royal Assent already recorded", async () => {
    await db.watchedSource.updateMany({ data: { active: false } });
    const bill = await makeBill({ jurisdiction: "uk", events: [{ occurredOn: "2026-04-29", path: "final", stage: "royal_assent", description: "Royal Assent." }] });
    await db.watchedSource.create({ data: { billId: bill.id, kind: "legislation_act", identifier: "ukpga/2026/20", matchWords: [] } });
    fake.set("/legislation/ukpga/2026/20/contents/data.xml", { kind: "raw", status: 200, headers: { "Content-Type": "application/xml" }, body: fixtureText("legislation-gov-uk/crime-and-policing-act-2026.contents.xml") });
    expect(await pollNext(db, deps())).toBe("polled");
    expect(fake.lastHeaders("/legislation/ukpga/2026/20/contents/data.xml")?.accept).toBe("application/xml");
    const suggested = await db.suggestion.findMany({ where: { billId: bill.id }, orderBy: { occurredOn: "asc" }, select: { occurredOn: true, path: true, stage: true, sourceUrl: true, description: true } });
    expect(suggested.map((row) => ({ ...row, occurredOn: row.occurredOn.toISOString().slice(0, 10) }))).toEqual([
      { occurredOn: "2026-04-29", path: "after", stage: "in_force_in_part", sourceUrl: "https://www.legislation.gov.uk/ukpga/2026/20", description: "Crime and Policing Act 2026, section 4: in force from 29 April 2026 (revised text on legislation.gov.uk)." },
      { occurredOn: "2026-06-29", path: "after", stage: "in_force_in_part", sourceUrl: "https://www.legislation.gov.uk/ukpga/2026/20", description: "Crime and Policing Act 2026, sections 1 and 2: in force from 29 June 2026 (revised text on legislation.gov.uk)." },
    ]);
  });

  it("follows the redirect to the enacted text of an Act not yet revised, which adds nothing to a recorded Royal Assent", async () => {
    await db.watchedSource.updateMany({ data: { active: false } });
    const bill = await makeBill({ jurisdiction: "uk", events: [{ occurredOn: "2026-04-29", path: "final", stage: "royal_assent", description: "Royal Assent." }] });
    const watched = await db.watchedSource.create({ data: { billId: bill.id, kind: "legislation_act", identifier: "ukpga/2026/20", matchWords: [] } });
    fake.set("/legislation/ukpga/2026/20/contents/data.xml", { kind: "raw", status: 307, headers: { Location: "/legislation/ukpga/2026/20/contents/enacted/data.xml" } });
    fake.set("/legislation/ukpga/2026/20/contents/enacted/data.xml", { kind: "raw", status: 200, headers: { "Content-Type": "application/xml" }, body: fixtureText("legislation-gov-uk/crime-and-policing-act-2026-enacted.data.xml") });
    expect(await pollNext(db, deps())).toBe("polled");
    expect(await db.suggestion.count({ where: { billId: bill.id } })).toBe(0);
    expect(await db.watchedSource.findUniqueOrThrow({ where: { id: watched.id } })).toMatchObject({ failures: 0, lastError: null });
  });

  it.each([
    ["malformed XML", "application/xml", "<Legislation><ukm:Metadata>", "The answer was not well-formed XML."],
    ["an HTML error page", "text/html", "<!DOCTYPE html><title>Page not found</title>", "The official server answered with a web page, not legislation data."],
  ])("records an Act page that is %s as the source's error, suggesting nothing", async (_name, contentType, body, message) => {
    await db.watchedSource.updateMany({ data: { active: false } });
    const bill = await makeBill({ jurisdiction: "uk", events: [{ occurredOn: "2026-04-29", path: "final", stage: "royal_assent", description: "Royal Assent." }] });
    const watched = await db.watchedSource.create({ data: { billId: bill.id, kind: "legislation_act", identifier: "ukpga/2026/20", matchWords: [] } });
    fake.set("/legislation/ukpga/2026/20/contents/data.xml", { kind: "raw", status: 200, headers: { "Content-Type": contentType }, body });
    expect(await pollNext(db, deps())).toBe("failed");
    expect(await db.watchedSource.findUniqueOrThrow({ where: { id: watched.id } })).toMatchObject({ failures: 1, lastError: message, lastSuccessAt: null });
    expect(await db.suggestion.count({ where: { billId: bill.id } })).toBe(0);
  });

  it("says what is missing when a feed has no words to match", async () => {
    await db.watchedSource.updateMany({ data: { active: false } });
    const bill = await makeBill();
    const watched = await db.watchedSource.create({ data: { billId: bill.id, kind: "feed", identifier: `${fake.url}/feeds/press.xml`, matchWords: [] } });
    expect(await pollNext(db, deps())).toBe("failed");
    expect((await db.watchedSource.findUniqueOrThrow({ where: { id: watched.id } })).lastError).toBe("Give the words an entry must contain to be suggested.");
    expect(fake.count("/feeds/press.xml")).toBe(0);
  });

  it("suggests a feed's entries that contain the words, without a step", async () => {
    await db.watchedSource.updateMany({ data: { active: false } });
    const bill = await makeBill();
    await db.watchedSource.create({ data: { billId: bill.id, kind: "feed", identifier: `${fake.url}/feeds/news.xml`, matchWords: ["TAKE IT DOWN"] } });
    fake.set("/feeds/news.xml", { kind: "raw", status: 200, headers: { "Content-Type": "application/rss+xml" }, body: fixtureText("feeds/regulator-press-releases.rss.xml") });
    expect(await pollNext(db, deps())).toBe("polled");
    expect(await db.suggestion.findMany({ where: { billId: bill.id }, select: { path: true, stage: true, description: true } })).toEqual([
      { path: null, stage: null, description: expect.stringMatching(/^FTC Begins Enforcing the TAKE IT DOWN Act: /) },
    ]);
  });
});

describe("e-mail to editors about new suggestions", () => {
  it("goes through the outbox to editors who asked for it, and only to them", async () => {
    const [asked, not] = [await makeUser("editor"), await makeUser("editor")];
    expect(await setSuggestionAlerts(asked.principal, { notifyOnSuggestions: "yes" })).toEqual({ ok: true, value: { notifyOnSuggestions: true } });
    expect(await setSuggestionAlerts(not.principal, {})).toEqual({ ok: true, value: { notifyOnSuggestions: false } });
    await db.outbox.deleteMany({ where: { topic: "suggestion.new" } });
    expect(await pollNext(db, deps())).toBe("polled");
    const queued = await db.outbox.findMany({ where: { topic: "suggestion.new" } });
    expect(queued.map((row) => row.payload)).toEqual([{ kind: "suggestions", userId: asked.id, billId, count: 2 }]);
    const sent = await drainOutbox(db, { mailer: logMailer, outbound: { allowPrivateAddresses: false }, siteUrl: "https://tracker.example.org", now: () => new Date() });
    expect(sent).toContain("sent");
    const delivered = await db.outbox.findUniqueOrThrow({ where: { id: queued[0]!.id } }); // one row: checked above
    expect(delivered.status).toBe("sent");
    expect(JSON.stringify(delivered.payload)).toContain("Review them in the inbox: https://tracker.example.org/admin/inbox");
  });

  it("is not queued when nothing new was found", async () => {
    const user = await makeUser("editor");
    await setSuggestionAlerts(user.principal, { notifyOnSuggestions: "yes" });
    await pollNext(db, deps());
    await db.outbox.deleteMany({ where: { topic: "suggestion.new" } });
    await makeDue();
    fake.set(ACTIONS, { kind: "json", body: fixtureText("congress/s-3021-actions.json"), etag: false });
    expect(await pollNext(db, deps())).toBe("polled");
    expect(await db.outbox.count({ where: { topic: "suggestion.new" } })).toBe(0);
  });
});

describe("when the official server fails", () => {
  const faults: [string, Parameters<FakeOfficialServer["set"]>[1], RegExp][] = [
    ["a server error", { kind: "raw", status: 503, body: "unavailable" }, /^The official server answered HTTP 503\.$/],
    ["malformed JSON", { kind: "raw", status: 200, headers: { "Content-Type": "application/json" }, body: '{"actions": [' }, /^The answer was not valid JSON\.$/],
    ["an HTML error page", { kind: "raw", status: 200, headers: { "Content-Type": "text/html" }, body: "<!DOCTYPE html><title>Error</title>" }, /^The official server answered with a web page, not data\.$/],
    ["an answer in another shape", { kind: "json", body: '{"error": {"code": "API_KEY_INVALID"}}' }, /^The answer has no list of actions\.$/],
    ["an oversized body", { kind: "huge", bytes: 3 * 1024 * 1024 }, /^The answer was larger than the limit/],
    ["no answer in time", { kind: "hang" }, /^The official server did not answer in time\.$/],
    ["a redirect to another host", { kind: "raw", status: 302, headers: { Location: "https://elsewhere.example/v3/bill" } }, /^The official server redirected to another host \(elsewhere\.example\); not followed\.$/],
  ];

  it.each(faults)("records %s, suggests nothing, and backs off", async (_name, reply, message) => {
    fake.set(ACTIONS, reply);
    const now = new Date();
    expect(await pollNext(db, deps({}, () => now))).toBe("failed");
    const failed = await source();
    expect(failed).toMatchObject({ failures: 1, lastSuccessAt: null });
    expect(failed.lastError).toMatch(message);
    expect(failed.nextPollAt.getTime()).toBe(now.getTime() + 2 * INTERVAL_MS);
    expect(await suggestions()).toEqual([]);
  });

  it("honours Retry-After on a 429", async () => {
    fake.set(ACTIONS, { kind: "raw", status: 429, headers: { "Retry-After": "7200" } });
    const now = new Date();
    expect(await pollNext(db, deps({}, () => now))).toBe("failed");
    const limited = await source();
    expect(limited.lastError).toBe("The official server asked us to slow down (HTTP 429).");
    expect(limited.nextPollAt.getTime()).toBe(now.getTime() + 7_200_000);
  });

  it.each([404, 410])("says the record is gone on a %i, and asks again only daily", async (status) => {
    fake.set(ACTIONS, { kind: "raw", status });
    const now = new Date();
    expect(await pollNext(db, deps({}, () => now))).toBe("failed");
    const gone = await source();
    expect(gone.lastError).toBe(`The official record is gone (HTTP ${status}). Check the source's identifier, or remove it.`);
    expect(gone.nextPollAt.getTime()).toBe(now.getTime() + 86_400_000);
  });

  it("follows a redirect on the same host, and forgets its failures once it succeeds", async () => {
    fake.set(ACTIONS, { kind: "raw", status: 503 });
    await pollNext(db, deps());
    await makeDue();
    fake.set(ACTIONS, { kind: "raw", status: 301, headers: { Location: "/v3/moved/s/3021/actions" } });
    fake.set("/v3/moved/s/3021/actions", { kind: "json", body: fixtureText("congress/s-3021-actions.json") });
    expect(await pollNext(db, deps())).toBe("polled");
    expect(await source()).toMatchObject({ failures: 0, lastError: null });
    expect(await suggestions()).toHaveLength(2);
  });
});
