import { readFileSync } from "node:fs";
import path from "node:path";

import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";

import { importTextVersion } from "@/lib/bill-text/commands/import-version";
import { db } from "@/lib/db/client";
import { makeUser, type TestUser } from "@/lib/testing/users";
import { makeBill } from "@/prisma/seed/make-bill";

import { acceptSuggestion } from "./commands/accept-suggestion";
import { acceptTextSuggestion } from "./commands/accept-text-suggestion";
import { dismissSuggestion } from "./commands/dismiss-suggestion";
import { pollNext, type PollerDeps } from "./poller";
import type { SourceWatchSettings } from "./settings";
import { startFakeOfficialServer, type FakeOfficialServer } from "./testing/fake-official-server";
import { fixtureText } from "./testing/fixtures";

// New text versions from Congress.gov, end to end on real PostgreSQL against a fake Congress.gov
// and a fake govinfo on loopback: the poll suggests each version once, and accepting one fetches
// its XML from govinfo and imports it; a file that cannot be had or read imports nothing.

const ACTIONS = "/v3/bill/119/s/3021/actions";
const TEXT = "/v3/bill/119/s/3021/text";
const RS_FILE = "/govinfo/content/pkg/BILLS-119s3021rs/xml/BILLS-119s3021rs.xml";
const billXml = (name: string) => readFileSync(path.join(import.meta.dirname, "../bill-text/fixtures", name), "utf8");

let fake: FakeOfficialServer;
let settings: SourceWatchSettings;
const deps = (): PollerDeps => ({ settings, now: () => new Date() });

beforeAll(async () => {
  fake = await startFakeOfficialServer();
  settings = {
    intervalMs: 900_000,
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

let editor: TestUser;
let billId: string;
let slug: string;
let sourceId: string;

beforeEach(async () => {
  // One source due at a time: earlier tests' sources are switched off.
  await db.watchedSource.updateMany({ data: { active: false } });
  editor = await makeUser("editor");
  const bill = await makeBill({ state: "published", numbers: ["S.3021"] });
  [billId, slug] = [bill.id, bill.slug];
  sourceId = (await db.watchedSource.create({ data: { billId, kind: "congress_bill", identifier: "119/s/3021" } })).id;
  fake.set(ACTIONS, { kind: "json", body: JSON.stringify({ actions: [] }) });
  fake.set(TEXT, { kind: "json", body: fixtureText("congress/s-3021-text-reported.json") });
  fake.set(RS_FILE, { kind: "raw", status: 200, headers: { "Content-Type": "application/xml" }, body: billXml("fixture-act-rs.xml") });
});

const textSuggestions = () =>
  db.suggestion.findMany({ where: { billId, kind: "text_version" }, orderBy: { occurredOn: "desc" }, select: { id: true, itemKey: true, versionCode: true, versionDate: true, description: true, sourceUrl: true, state: true } });
const makeDue = () => db.watchedSource.update({ where: { id: sourceId }, data: { nextPollAt: new Date(Date.now() - 1000) } });

async function pollReported(): Promise<string> {
  expect(await pollNext(db, deps())).toBe("polled");
  const rs = (await textSuggestions()).find((suggestion) => suggestion.versionCode === "rs");
  if (!rs) throw new Error("no rs suggestion");
  return rs.id;
}

describe("polling a Congress.gov bill's text versions", () => {
  it("suggests each version with an XML file, with its code, name, date and govinfo file", async () => {
    expect(await pollNext(db, deps())).toBe("polled");
    expect(fake.lastHeaders(TEXT)?.["x-api-key"]).toBe("test-key");
    expect(await textSuggestions()).toEqual([
      {
        id: expect.any(String),
        itemKey: "text:rs",
        versionCode: "rs",
        versionDate: new Date("2025-12-10T00:00:00Z"),
        description: "Reported in Senate",
        sourceUrl: `${fake.url}${RS_FILE}`,
        state: "new",
      },
      expect.objectContaining({ itemKey: "text:is", versionCode: "is", versionDate: new Date("2025-10-21T00:00:00Z") }),
    ]);
  });

  it("suggests a version once: not again on the next poll, even when dismissed", async () => {
    const rs = await pollReported();
    expect(await dismissSuggestion(editor.principal, { suggestionId: rs, reason: "We track the introduced text only." })).toMatchObject({ ok: true });
    await makeDue();
    fake.set(TEXT, { kind: "json", body: fixtureText("congress/s-3021-text-reported.json"), etag: false });
    expect(await pollNext(db, deps())).toBe("polled");
    expect((await textSuggestions()).map((suggestion) => `${suggestion.versionCode} ${suggestion.state}`)).toEqual(["rs dismissed", "is new"]);
  });

  it("does not suggest a version the bill has imported already", async () => {
    await importTextVersion(editor.principal, { billSlug: slug, code: "is", raw: billXml("fixture-act-is.xml") });
    expect(await pollNext(db, deps())).toBe("polled");
    expect((await textSuggestions()).map((suggestion) => suggestion.versionCode)).toEqual(["rs"]);
  });

  it("fails the poll as a whole when the listing of text versions fails, suggesting nothing", async () => {
    fake.set(ACTIONS, { kind: "json", body: fixtureText("congress/s-3021-actions.json") });
    fake.set(TEXT, { kind: "raw", status: 503 });
    expect(await pollNext(db, deps())).toBe("failed");
    expect(await db.watchedSource.findUniqueOrThrow({ where: { id: sourceId } })).toMatchObject({ failures: 1, lastError: "Text versions: The official server answered HTTP 503." });
    expect(await db.suggestion.count({ where: { billId } })).toBe(0);
  });
});

describe("accepting a suggested text version", () => {
  it("imports govinfo's file as the editor, with its parts, and marks the suggestion accepted", async () => {
    const rs = await pollReported();
    const result = await acceptTextSuggestion(editor.principal, { suggestionId: rs }, settings);
    expect(result).toMatchObject({ ok: true, value: { billId, slug, code: "rs" } });
    const version = await db.billTextVersion.findUniqueOrThrow({ where: { billId_code: { billId, code: "rs" } } });
    expect(version).toMatchObject({ name: "Reported in Senate", versionDate: new Date("2025-12-10T00:00:00Z"), sourceUrl: `${fake.url}${RS_FILE}`, raw: billXml("fixture-act-rs.xml") });
    const imported = await db.auditLog.findFirstOrThrow({ where: { action: "textVersion.imported", entityId: version.id } });
    expect(imported).toMatchObject({ actorId: editor.id, after: expect.objectContaining({ parts: 18 }) });
    expect(await db.suggestion.findUniqueOrThrow({ where: { id: rs } })).toMatchObject({ state: "accepted", decidedById: editor.id });
    expect(await db.auditLog.count({ where: { action: "suggestion.accepted", entityId: rs, after: { path: ["textVersionId"], equals: version.id } } })).toBe(1);
  });

  const badFiles: [string, Parameters<FakeOfficialServer["set"]>[1], RegExp][] = [
    ["a 404", { kind: "raw", status: 404 }, /^govinfo has no file at this address yet\./],
    ["a web page", { kind: "raw", status: 200, headers: { "Content-Type": "text/html" }, body: "<!DOCTYPE html><title>Access denied</title>" }, /^govinfo answered with a web page, not the bill's XML file\./],
    ["a body that is not XML", { kind: "raw", status: 200, headers: { "Content-Type": "application/pdf" }, body: "%PDF-1.7 …" }, /^The file from govinfo is not XML\./],
    ["broken XML", { kind: "raw", status: 200, headers: { "Content-Type": "application/xml" }, body: "<bill><legis-body><section>" }, /^The file from govinfo could not be imported: /],
    ["the file of another version", { kind: "raw", status: 200, headers: { "Content-Type": "application/xml" }, body: billXml("fixture-act-is.xml") }, /^The file from govinfo could not be imported: The file says it is Introduced in Senate \(is\)/],
    ["a server error", { kind: "raw", status: 500 }, /^Could not fetch the file from govinfo: The official server answered HTTP 500\./],
  ];

  it.each(badFiles)("on %s, says why, imports nothing and leaves the suggestion waiting", async (_name, reply, message) => {
    const rs = await pollReported();
    fake.set(RS_FILE, reply);
    const result = await acceptTextSuggestion(editor.principal, { suggestionId: rs }, settings);
    expect(result).toMatchObject({ ok: false, error: { code: "validation" } });
    if (result.ok) return;
    expect(result.error.message).toMatch(message);
    expect(result.error.message).toMatch(/Nothing was imported, and the suggestion is still waiting\.$/);
    expect(await db.billTextVersion.count({ where: { billId } })).toBe(0);
    expect(await db.suggestion.findUniqueOrThrow({ where: { id: rs } })).toMatchObject({ state: "new", decidedById: null });
  });

  it("fetches nothing for a suggestion already decided, or for a file not on govinfo", async () => {
    const rs = await pollReported();
    const fetched = fake.count(RS_FILE);
    await dismissSuggestion(editor.principal, { suggestionId: rs, reason: "Not needed for this tracker." });
    expect(await acceptTextSuggestion(editor.principal, { suggestionId: rs }, settings)).toMatchObject({ ok: false, error: { code: "conflict" } });
    const is = (await textSuggestions()).find((suggestion) => suggestion.versionCode === "is");
    await db.suggestion.update({ where: { id: is?.id }, data: { sourceUrl: "https://elsewhere.example/BILLS-119s3021is.xml" } });
    expect(await acceptTextSuggestion(editor.principal, { suggestionId: is?.id }, settings)).toMatchObject({ ok: false, error: { message: expect.stringMatching(/^The suggested file is not on govinfo/) } });
    expect(fake.count(RS_FILE)).toBe(fetched);
  });

  it("refuses a suggested step, which is recorded with the step form", async () => {
    const step = await db.suggestion.create({
      data: { billId, itemKey: "congress:S.3021:matrix", path: "senate", stage: "referred", occurredOn: new Date("2025-10-21T00:00:00Z"), description: "Referred.", sourceUrl: "https://www.congress.gov/" },
    });
    expect(await acceptTextSuggestion(editor.principal, { suggestionId: step.id }, settings)).toMatchObject({ ok: false, error: { code: "validation", message: expect.stringMatching(/is a step, not a text version/) } });
    expect(await db.suggestion.findUniqueOrThrow({ where: { id: step.id } })).toMatchObject({ state: "new" });
  });

  it("is not recorded as a step by the step form", async () => {
    const rs = await pollReported();
    const result = await acceptSuggestion(editor.principal, { suggestionId: rs, billId, step: "senate:reported", occurredOn: "2025-12-10", description: "Reported.", sourceKind: "official", sourceUrl: "https://www.congress.gov/" });
    expect(result).toMatchObject({ ok: false, error: { code: "validation", message: expect.stringMatching(/new text version/) } });
    expect(await db.suggestion.findUniqueOrThrow({ where: { id: rs } })).toMatchObject({ state: "new" });
  });
});
