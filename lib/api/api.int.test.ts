import { parse } from "csv-parse/sync";
import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";

import { db } from "@/lib/db/client";
import { preflightResponse } from "@/lib/http/cors";
import { unavailableProblem } from "@/lib/http/outage";
import { makeBill } from "@/prisma/seed/make-bill";
import { seed } from "@/prisma/seed/seed";

import { handleExportCsv, handleExportJson, handleGetBill, handleListBills, handleOpenApi, type ApiReads } from "./handlers";
import { getApiBill, listApiBills, listExportBills } from "./queries";
import type { BillsPage } from "./schema";
import { OpenApiResponseValidator, validateOpenApiDocument } from "./testing/openapi-validator";

const reads: ApiReads = {
  billsPage: (query) => listApiBills(db, query),
  bill: (slug) => getApiBill(db, slug),
  exportBills: () => listExportBills(db),
};

const origin = "http://localhost:3000";
const get = (path: string, headers: Record<string, string> = {}) => new Request(`${origin}${path}`, { headers });

async function listBills(query: string): Promise<Response> {
  return handleListBills(get(`/api/v1/bills${query}`), reads);
}

async function bodyOf<T>(response: Response): Promise<T> {
  return (await response.json()) as T;
}

let validator: OpenApiResponseValidator;

beforeAll(async () => {
  await seed(db);
  await makeBill({ slug: "secret-draft-bill", shortTitle: "Secret Draft Bill", state: "draft" });
  const document = (await (await handleOpenApi(get("/api/v1/openapi.json"))).json()) as Record<string, unknown>;
  validator = new OpenApiResponseValidator(document);
});

async function expectConforms(path: string, response: Response) {
  const problems = validator.check({ path, status: response.status, headers: response.headers, body: await response.clone().text() });
  expect(problems).toEqual([]);
}

describe("the OpenAPI document", () => {
  it("is a valid OpenAPI 3.1 document whose schemas all compile under strict JSON Schema 2020-12", async () => {
    const response = await handleOpenApi(get("/api/v1/openapi.json"));
    await expectConforms("/api/v1/openapi.json", response);
    const document = (await response.json()) as Record<string, unknown>;
    const result = await validateOpenApiDocument(document);
    expect(result.errors).toBeUndefined();
    expect(result).toMatchObject({ valid: true, version: "3.1" });
    expect(validator.compileAll()).toEqual(expect.arrayContaining(["Bill", "BillsPage", "Problem", "WebhookEvent", "Export"]));
  });

  it("describes the answer every endpoint gives while the database is out of reach", async () => {
    for (const path of ["/api/v1/bills", "/api/v1/bills/{slug}", "/api/v1/export.json"]) {
      await expectConforms(path, unavailableProblem());
    }
  });

  it("is strict enough to catch a response that departs from it", async () => {
    const page = await bodyOf<BillsPage>(await listBills("?limit=1"));
    const broken = { ...page, data: [{ ...page.data[0], stage: 7, extra: true }] };
    const problems = validator.check({
      path: "/api/v1/bills",
      status: 200,
      headers: new Headers({ "content-type": "application/json", etag: '"x"', "last-modified": "x", "access-control-allow-origin": "*" }),
      body: JSON.stringify(broken),
    });
    expect(problems).toEqual(
      expect.arrayContaining([expect.stringContaining("/data/0/stage"), expect.stringContaining("additional properties")]),
    );
    const undocumented = validator.check({ path: "/api/v1/bills", status: 418, headers: new Headers(), body: "" });
    expect(undocumented).toEqual(["/api/v1/bills does not document status 418"]);
  });
});

describe("real responses conform to the document", () => {
  it("for every endpoint, status and error", async () => {
    await expectConforms("/api/v1/bills", await listBills(""));
    await expectConforms("/api/v1/bills", await listBills("?jurisdiction=uk&limit=1"));
    await expectConforms("/api/v1/bills", await listBills("?stage=enacted&since=2025-01-01&q=act"));
    await expectConforms("/api/v1/bills", await listBills("?limit=0"));
    await expectConforms("/api/v1/bills", await listBills("?jurisdicton=uk"));
    for (const slug of ["take-it-down-act", "stop-csam-act", "enforce-act", "uk-crime-and-policing-bill", "no-such-bill"]) {
      await expectConforms("/api/v1/bills/{slug}", await handleGetBill(get(`/api/v1/bills/${slug}`), slug, reads));
    }
    await expectConforms("/api/v1/export.json", await handleExportJson(get("/api/v1/export.json"), reads));
    await expectConforms("/api/v1/export.csv", await handleExportCsv(get("/api/v1/export.csv"), reads));
  });

  it("including 304 Not Modified for a matching ETag", async () => {
    const first = await listBills("");
    const etag = first.headers.get("etag");
    expect(etag).toMatch(/^".+"$/);
    const second = await handleListBills(get("/api/v1/bills", { "If-None-Match": etag! }), reads);
    expect(second.status).toBe(304);
    expect(await second.text()).toBe("");
    await expectConforms("/api/v1/bills", second);
  });
});

describe("GET /api/v1/bills", () => {
  it("lists the published bills and never a draft", async () => {
    const page = await bodyOf<BillsPage>(await listBills(""));
    const slugs = page.data.map((bill) => bill.slug);
    expect(slugs).toEqual(expect.arrayContaining(["take-it-down-act", "stop-csam-act", "enforce-act", "uk-crime-and-policing-bill"]));
    expect(slugs).not.toContain("secret-draft-bill");
    expect(page.data.find((bill) => bill.slug === "take-it-down-act")).toMatchObject({
      stage: "signed",
      path: "final",
      stageLabel: "Signed by the President",
      outcome: "enacted",
      phase: "enforced",
      status: "Law; in force; being enforced by the Federal Trade Commission",
      nextSteps: [],
      url: `${origin}/bills/take-it-down-act`,
    });
    expect(page.data.find((bill) => bill.slug === "enforce-act")).toMatchObject({
      status: "Passed the Senate; in the House Committee on the Judiciary (H.R.4831)",
      nextSteps: [{ path: "house", pathLabel: "House", text: "House committee consideration" }],
    });
  });

  it("filters by jurisdiction, stage, phase, date of activity and words", async () => {
    const slugsFor = async (query: string) => (await bodyOf<BillsPage>(await listBills(query))).data.map((bill) => bill.slug).sort();
    expect(await slugsFor("?jurisdiction=uk")).toEqual(["uk-crime-and-policing-bill"]);
    expect(await slugsFor("?stage=royal_assent")).toEqual(["uk-crime-and-policing-bill"]);
    expect(await slugsFor("?stage=signed")).toEqual(["eu-interim-regulation-2021-1232", "take-it-down-act"]);
    expect(await slugsFor("?stage=signed&jurisdiction=us")).toEqual(["take-it-down-act"]);
    expect(await slugsFor("?jurisdiction=eu")).toEqual(["eu-csa-regulation", "eu-interim-regulation-2021-1232"]);
    expect(await slugsFor("?phase=enforced")).toEqual(["take-it-down-act"]);
    expect(await slugsFor("?phase=in_force")).toEqual(["uk-crime-and-policing-bill"]);
    expect(await slugsFor("?phase=no_longer_in_force")).toEqual(["eu-interim-regulation-2021-1232"]);
    expect(await slugsFor("?phase=legislature")).toEqual(["enforce-act", "eu-csa-regulation", "stop-csam-act"]);
    expect(await slugsFor("?since=2026-06-01")).toEqual(["eu-csa-regulation", "eu-interim-regulation-2021-1232", "uk-crime-and-policing-bill"]);
    // The UK Act's ping-pong was about "taking down" intimate images: words match, the phrase does not.
    expect(await slugsFor("?q=TAKE%20IT%20DOWN")).toEqual(["take-it-down-act", "uk-crime-and-policing-bill"]);
    expect(await slugsFor("?q=%22TAKE%20IT%20DOWN%20Act%22")).toEqual(["take-it-down-act"]);
    // Bill numbers match without their punctuation.
    expect(await slugsFor("?q=hr%20633")).toEqual(["take-it-down-act"]);
    expect(await slugsFor("?q=secret%20draft")).toEqual([]);
    expect(await slugsFor("?q=100%25")).toEqual([]);
  });

  it("answers bad parameters with problem details that name each parameter and the reason", async () => {
    const response = await listBills("?jurisdiction=fr&limit=500&colour=blue");
    expect(response.status).toBe(400);
    expect(response.headers.get("content-type")).toBe("application/problem+json");
    const problem = await bodyOf<{ status: number; detail: string; errors: { name: string; reason: string }[] }>(response);
    expect(problem.status).toBe(400);
    expect(problem.errors.map((error) => error.name).sort()).toEqual(["colour", "jurisdiction", "limit"]);
    expect(problem.errors.every((error) => error.reason.length > 10)).toBe(true);

    const repeated = await bodyOf<{ errors: { name: string }[] }>(await listBills("?stage=enacted&stage=died"));
    expect(repeated.errors).toEqual([{ name: "stage", reason: "This parameter was given more than once." }]);
    const cursor = await listBills("?cursor=not-a-cursor");
    expect(cursor.status).toBe(400);
    expect((await bodyOf<{ errors: { name: string }[] }>(cursor)).errors[0]?.name).toBe("cursor");
  });

  it("pages through every bill exactly once, in (updatedAt, id) order, whatever the page size", async () => {
    for (let index = 0; index < 7; index += 1) await makeBill({ shortTitle: `Paging Bill ${index}` });
    const everything = (await bodyOf<BillsPage>(await listBills("?limit=100"))).data;
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 1, max: 12 }), async (limit) => {
        const seen: BillsPage["data"] = [];
        let next: string | null = `/api/v1/bills?limit=${limit}`;
        while (next) {
          const page: BillsPage = await bodyOf<BillsPage>(await handleListBills(get(next.replace(origin, "")), reads));
          expect(page.data.length).toBeLessThanOrEqual(limit);
          seen.push(...page.data);
          next = page.links.next;
        }
        expect(seen.map((bill) => bill.slug)).toEqual(everything.map((bill) => bill.slug));
      }),
      { numRuns: 12 },
    );
    const keys = everything.map((bill) => bill.updatedAt);
    expect([...keys].sort()).toEqual(keys);
  });

  it("supports incremental sync: a client that passes the latest updatedAt it holds gets every later change", async () => {
    const all = (await bodyOf<BillsPage>(await listBills("?limit=100"))).data;
    const newest = all.at(-1)!.updatedAt;
    const unchanged = (await bodyOf<BillsPage>(await listBills(`?updatedSince=${encodeURIComponent(newest)}`))).data;
    // Inclusive: the newest bill comes back once more, nothing older does.
    expect(unchanged.map((bill) => bill.updatedAt)).toEqual([newest]);

    await db.bill.update({ where: { slug: "enforce-act" }, data: { verifiedOn: new Date("2026-11-20T00:00:00Z") } });
    const changed = (await bodyOf<BillsPage>(await listBills(`?updatedSince=${encodeURIComponent(newest)}`))).data;
    expect(changed.map((bill) => bill.slug)).toContain("enforce-act");
    expect(changed.find((bill) => bill.slug === "enforce-act")?.verifiedOn).toBe("2026-11-20");
  });
});

describe("GET /api/v1/bills/<slug>", () => {
  it("gives the full history with corrections, retractions and key dates", async () => {
    const bill = await makeBill({
      slug: "corrected-bill",
      events: [
        { occurredOn: "2025-01-10", stage: "introduced", description: "Introduced" },
        { occurredOn: "2025-02-10", stage: "reported", description: "Reported (wrong date)" },
        { occurredOn: "2025-03-01", stage: "passed", description: "Passed (did not happen)" },
      ],
      keyDates: [{ date: "2026-05-19", title: "Duties take effect", sourceUrl: "https://example.org/duties" }],
    });
    const events = await db.statusEvent.findMany({ where: { billId: bill.id }, orderBy: { occurredOn: "asc" } });
    const correction = await db.statusEvent.create({
      data: {
        billId: bill.id,
        path: "senate",
        stage: "reported",
        occurredOn: new Date("2025-02-12T00:00:00Z"),
        description: "Reported",
        sourceUrl: "https://example.org/report",
        sourceKind: "official",
        correctsId: events[1]!.id,
        note: "The committee report is dated 12 February.",
      },
    });
    await db.statusEvent.update({
      where: { id: events[2]!.id },
      data: { retractedAt: new Date("2025-03-05T10:00:00Z"), retractionReason: "Recorded against the wrong bill." },
    });

    const response = await handleGetBill(get("/api/v1/bills/corrected-bill"), "corrected-bill", reads);
    expect(response.status).toBe(200);
    expect(response.headers.get("access-control-allow-origin")).toBe("*");
    const detail = await bodyOf<{
      history: { id: string; status: string; correctedById: string | null }[];
      corrections: { kind: string; eventId: string; correctsId: string | null; reason: string | null }[];
      keyDates: { date: string; title: string }[];
    }>(response);
    expect(detail.history.map((event) => event.status)).toEqual(["effective", "superseded", "effective", "retracted"]);
    expect(detail.history[1]?.correctedById).toBe(correction.id);
    expect(detail.corrections).toEqual([
      expect.objectContaining({ kind: "retraction", eventId: events[2]!.id, reason: "Recorded against the wrong bill." }),
      expect.objectContaining({ kind: "correction", eventId: correction.id, correctsId: events[1]!.id }),
    ]);
    expect(detail.keyDates).toEqual([
      expect.objectContaining({ date: "2026-05-19", title: "Duties take effect", derived: false }),
      // The bill is of the 119th Congress: its end comes from the model.
      expect.objectContaining({ date: "2027-01-03", title: "End of the 119th Congress", derived: true }),
    ]);
  });

  it("answers 404 problem details for a draft, as for a bill that does not exist", async () => {
    const response = await handleGetBill(get("/api/v1/bills/secret-draft-bill"), "secret-draft-bill", reads);
    expect(response.status).toBe(404);
    expect(response.headers.get("content-type")).toBe("application/problem+json");
    expect(await response.text()).not.toContain("Secret Draft Bill");
  });
});

describe("exports", () => {
  it("contain every published bill and no draft, nor any personal data", async () => {
    await db.subscription.create({
      data: { email: "reader@example.org", mailbox: "reader@example.org", unsubscribeTokenHashes: ["export-test-token-hash"], confirmedAt: new Date() },
    });
    const json = await (await handleExportJson(get("/api/v1/export.json"), reads)).text();
    const csv = await (await handleExportCsv(get("/api/v1/export.csv"), reads)).text();
    for (const body of [json, csv]) {
      expect(body).toContain("take-it-down-act");
      expect(body).toContain("uk-crime-and-policing-bill");
      expect(body).not.toContain("secret-draft-bill");
      expect(body).not.toContain("reader@example.org");
      expect(body).not.toMatch(/@(example|localhost)/);
    }
    const events = await db.statusEvent.count({ where: { bill: { state: "published" } } });
    const billsWithoutEvents = await db.bill.count({ where: { state: "published", events: { none: {} } } });
    const rows = parse(csv, { bom: true, columns: true }) as Record<string, string>[];
    expect(rows).toHaveLength(events + billsWithoutEvents);
    expect(rows.find((row) => row.bill_slug === "uk-crime-and-policing-bill")?.session).toBe("2024–26 session");
  });
});

it("answers CORS preflight requests for reads", () => {
  const response = preflightResponse();
  expect(response.status).toBe(204);
  expect(response.headers.get("access-control-allow-origin")).toBe("*");
  expect(response.headers.get("access-control-allow-methods")).toBe("GET, HEAD, OPTIONS");
});
