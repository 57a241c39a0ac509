import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { afterAll, describe, expect, it } from "vitest";

import { db } from "@/lib/db/client";
import { PrismaClient } from "@/lib/db/generated/client";
import { billSnapshot } from "@/lib/legislation/snapshot";
import { makeUser } from "@/lib/testing/users";
import { makeBill } from "@/prisma/seed/make-bill";

import { correctStatusEvent } from "../commands/correct-status-event";
import { recordStatusEvent } from "../commands/record-status-event";
import { retractStatusEvent } from "../commands/retract-status-event";
import { updateBill } from "../commands/update-bill";

import { listBoardFacets } from "./bill-index";
import { listBoardBills } from "./board";

// The board reads its pages through indexes in its own order (docs/decisions/0026). These tests
// fail if an order stops matching its index (the page would sort every bill again), or if what
// the board shows stops following the commands that change a bill's place in it.

const url = process.env.DATABASE_URL ?? "";
const captured: { sql: string; params: unknown[] }[] = [];
const capturing = new PrismaClient({ adapter: new PrismaPg({ connectionString: url }), log: [{ emit: "event", level: "query" }] });
capturing.$on("query", (event) => captured.push({ sql: event.query, params: JSON.parse(event.params) as unknown[] }));
afterAll(() => capturing.$disconnect());

interface PlanNode {
  "Node Type": string;
  "Index Name"?: string;
  Plans?: PlanNode[];
}

function nodes(node: PlanNode): PlanNode[] {
  return [node, ...(node.Plans ?? []).flatMap(nodes)];
}

/**
 * The plan of the first statement `run` sends, with table scans priced out: a test database of
 * a few bills is read whole more cheaply, but at 10,000 bills only the index serves a page.
 */
async function planOfFirstStatement(run: () => Promise<unknown>): Promise<PlanNode[]> {
  captured.length = 0;
  await run();
  const statement = captured[0];
  if (!statement) throw new Error("No statement was sent.");
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query("ANALYZE \"Bill\"");
    await client.query("SET enable_seqscan = off");
    await client.query("SET enable_bitmapscan = off");
    const result = await client.query<{ "QUERY PLAN": [{ Plan: PlanNode }] }>(`EXPLAIN (FORMAT JSON) ${statement.sql}`, statement.params);
    const plan = result.rows[0]?.["QUERY PLAN"][0]?.Plan;
    if (!plan) throw new Error("EXPLAIN returned no plan.");
    return nodes(plan);
  } finally {
    await client.end();
  }
}

async function editor() {
  return (await makeUser("editor")).principal;
}

const source = { sourceUrl: "https://example.org/record", sourceKind: "official" };

describe("the board's order at scale", () => {
  it("reads a page in each order from its index, without sorting the bills", async () => {
    await makeBill({ slug: "indexed-a", shortTitle: "Indexed A" });
    const activity = await planOfFirstStatement(() => listBoardBills(capturing, {}, 2));
    expect(activity.map((node) => node["Node Type"])).not.toContain("Sort");
    expect(activity.map((node) => node["Index Name"])).toContain("Bill_lastEventOn_shortTitle_id_state_publishAt_idx");

    const title = await planOfFirstStatement(() => listBoardBills(capturing, { sort: "title" }, 1));
    expect(title.map((node) => node["Node Type"])).not.toContain("Sort");
    expect(title.map((node) => node["Index Name"])).toContain("Bill_shortTitle_id_state_publishAt_slug_updatedAt_idx");
  });

  it("counts the public bills for the board's facets from an index", async () => {
    const plan = await planOfFirstStatement(() => listBoardFacets(capturing));
    expect(plan.some((node) => node["Node Type"] === "Index Only Scan" && node["Index Name"]?.startsWith("Bill_"))).toBe(true);
  });

  it("moves a bill as its status events are recorded, corrected and retracted, and as it is renamed", async () => {
    const topic = "board-order";
    const slugsOf = async (sort: "activity" | "title") => (await listBoardBills(db, { topic, sort })).bills.map((bill) => bill.slug);
    const older = await makeBill({ slug: "order-older", shortTitle: "Beta Act", topics: [topic], events: [{ occurredOn: "2025-03-01", stage: "introduced" }] });
    await makeBill({ slug: "order-newer", shortTitle: "Gamma Act", topics: [topic], events: [{ occurredOn: "2025-06-01", stage: "introduced" }] });
    expect(await slugsOf("activity")).toEqual(["order-newer", "order-older"]);

    const recorded = await recordStatusEvent(await editor(), {
      billId: older.id,
      step: "senate:referred",
      occurredOn: "2025-09-01",
      description: "Referred to committee",
      ...source,
    });
    expect(recorded.ok).toBe(true);
    expect(await slugsOf("activity")).toEqual(["order-older", "order-newer"]);

    const referred = await db.statusEvent.findFirstOrThrow({ where: { billId: older.id, stage: "referred" } });
    const corrected = await correctStatusEvent(await editor(), {
      eventId: referred.id,
      step: "senate:referred",
      occurredOn: "2025-04-01",
      description: "Referred to committee",
      note: "Wrong date.",
      ...source,
    });
    expect(corrected.ok).toBe(true);
    expect(await slugsOf("activity")).toEqual(["order-newer", "order-older"]);
    expect((await listBoardBills(db, { topic })).bills.find((bill) => bill.slug === "order-older")?.lastEventOn).toBe("2025-04-01");

    const correction = await db.statusEvent.findFirstOrThrow({ where: { correctsId: referred.id } });
    const retracted = await retractStatusEvent(await editor(), { eventId: correction.id, reason: "Recorded for the wrong bill." });
    expect(retracted.ok).toBe(true);
    expect((await listBoardBills(db, { topic })).bills.find((bill) => bill.slug === "order-older")?.lastEventOn).toBe("2025-03-01");

    expect(await slugsOf("title")).toEqual(["order-older", "order-newer"]);
    const bill = await db.bill.findUniqueOrThrow({ where: { id: older.id } });
    const renamed = await updateBill(await editor(), { ...billSnapshot(bill), id: bill.id, version: bill.version, shortTitle: "Zeta Act" });
    expect(renamed.ok).toBe(true);
    expect(await slugsOf("title")).toEqual(["order-newer", "order-older"]);
  });
});

describe("listBoardFacets", () => {
  it("counts the public bills and lists their topics once each, alphabetically, never a draft's", async () => {
    const now = new Date("2026-01-01T12:00:00Z");
    const before = await listBoardFacets(db, now);
    await makeBill({ slug: "facet-published", state: "published", topics: ["zebra crossings", "Apples"] });
    await makeBill({ slug: "facet-draft", state: "draft", topics: ["secret plans"] });
    const due = await makeBill({ slug: "facet-due", state: "scheduled", topics: ["bananas"] });
    const later = await makeBill({ slug: "facet-later", state: "scheduled", topics: ["tomorrow"] });
    await db.bill.update({ where: { id: due.id }, data: { publishAt: new Date("2026-01-01T11:00:00Z") } });
    await db.bill.update({ where: { id: later.id }, data: { publishAt: new Date("2026-01-01T13:00:00Z") } });

    const facets = await listBoardFacets(db, now);
    expect(facets.total).toBe(before.total + 2);
    expect(facets.topics).toEqual(expect.arrayContaining(["Apples", "bananas", "zebra crossings"]));
    expect(facets.topics).not.toContain("secret plans");
    expect(facets.topics).not.toContain("tomorrow");
    expect(facets.topics).toEqual([...facets.topics].sort((a, b) => a.localeCompare(b, "en-GB", { sensitivity: "base" })));
    expect((await listBoardBills(db, {}, 1, now)).total).toBe(facets.total);
  });
});
