import { afterAll, describe, expect, it } from "vitest";

import { db } from "@/lib/db/client";
import { countingClient } from "@/lib/db/testing/counting-client";
import { makeBill } from "@/prisma/seed/make-bill";

import { MATCH_END, MATCH_START } from "../highlight";

import { BOARD_PAGE_SIZE, listBoardBills } from "./board";

const counter = countingClient();
afterAll(() => counter.disconnect());

describe("listBoardBills", () => {
  it("lists published bills and scheduled bills whose time has come, never drafts", async () => {
    const now = new Date("2026-01-01T12:00:00Z");
    await makeBill({ slug: "published-one", state: "published" });
    await makeBill({ slug: "draft-one", state: "draft" });
    const due = await makeBill({ slug: "scheduled-due", state: "scheduled" });
    const later = await makeBill({ slug: "scheduled-later", state: "scheduled" });
    await db.bill.update({ where: { id: due.id }, data: { publishAt: new Date("2026-01-01T11:00:00Z") } });
    await db.bill.update({ where: { id: later.id }, data: { publishAt: new Date("2026-01-01T13:00:00Z") } });

    const slugs = (await listBoardBills(db, {}, 1, now)).bills.map((bill) => bill.slug);
    expect(slugs).toContain("published-one");
    expect(slugs).toContain("scheduled-due");
    expect(slugs).not.toContain("draft-one");
    expect(slugs).not.toContain("scheduled-later");
  });

  it("shows each bill's latest effective event, skipping retracted and corrected ones", async () => {
    const bill = await makeBill({
      slug: "with-history",
      events: [
        { occurredOn: "2025-01-10", stage: "introduced", description: "Introduced" },
        { occurredOn: "2025-02-10", stage: "reported", description: "Reported (wrong date)" },
        { occurredOn: "2025-03-10", stage: "passed", description: "Passed the Senate (retracted)" },
      ],
    });
    const events = await db.statusEvent.findMany({ where: { billId: bill.id }, orderBy: { occurredOn: "asc" } });
    await db.statusEvent.update({ where: { id: events[2]!.id }, data: { retractedAt: new Date(), retractionReason: "test" } });
    await db.statusEvent.create({
      data: {
        billId: bill.id,
        path: "senate",
        stage: "reported",
        occurredOn: new Date("2025-02-12T00:00:00Z"),
        description: "Reported (corrected date)",
        sourceUrl: "https://example.org",
        sourceKind: "official",
        correctsId: events[1]!.id,
      },
    });

    const row = (await listBoardBills(db)).bills.find((candidate) => candidate.slug === "with-history");
    expect(row?.latestEvent).toMatchObject({ occurredOn: "2025-02-12", description: "Reported (corrected date)" });
    expect(row?.status.paths[0]?.slots.find((slot) => slot.code === "reported")).toMatchObject({ status: "current", reachedOn: "2025-02-12" });
  });

  it("orders bills by latest activity and says where each stands in words", async () => {
    await makeBill({ slug: "old-activity", events: [{ occurredOn: "2020-01-01", stage: "introduced" }] });
    await makeBill({
      slug: "new-activity",
      jurisdiction: "uk",
      events: [{ occurredOn: "2026-04-29", stage: "royal_assent" }],
    });
    const board = (await listBoardBills(db)).bills;
    const slugs = board.map((bill) => bill.slug);
    expect(slugs.indexOf("new-activity")).toBeLessThan(slugs.indexOf("old-activity"));
    expect(board.find((bill) => bill.slug === "new-activity")).toMatchObject({
      status: expect.objectContaining({ phase: "enacted", headline: expect.objectContaining({ label: "Royal Assent" }), sentence: "Law since 29 April 2026; no commencement recorded yet" }),
      lastEventOn: "2026-04-29",
    });
  });

  it("sorts by title, ignoring case", async () => {
    await makeBill({ slug: "lower-case", shortTitle: "aardvark Protection Bill" });
    const titles = (await listBoardBills(db, { sort: "title" })).bills.map((bill) => bill.shortTitle);
    expect(titles[0]).toBe("aardvark Protection Bill");
    expect(titles).toEqual([...titles].sort((a, b) => a.localeCompare(b, "en-GB", { sensitivity: "base" })));
  });

  it("sorts numbers in titles by value and ignores accents, as readers expect, in SQL", async () => {
    for (const [slug, shortTitle] of [
      ["numbered-10", "Zoning Act 10"],
      ["numbered-9", "Zoning Act 9"],
      ["accented", "Zöning Act 1"],
    ]) {
      await makeBill({ slug, shortTitle });
    }
    const titles = (await listBoardBills(db, { sort: "title" })).bills.map((bill) => bill.shortTitle).filter((title) => /^Z/.test(title));
    expect(titles).toEqual(["Zöning Act 1", "Zoning Act 9", "Zoning Act 10"]);
  });

  it("filters by legislature, phase (or the outcome group of older links) and topic, and combines them", async () => {
    await makeBill({ slug: "f-us-law", jurisdiction: "us", topics: ["privacy"], events: [{ occurredOn: "2025-05-01", stage: "signed" }] });
    await makeBill({ slug: "f-us-dead", jurisdiction: "us", topics: ["privacy"], events: [{ occurredOn: "2025-05-01", stage: "died" }] });
    await makeBill({ slug: "f-uk-pending", jurisdiction: "uk", topics: ["privacy"], events: [{ occurredOn: "2025-05-01", stage: "committee" }] });
    await makeBill({ slug: "f-uk-fallen", jurisdiction: "uk", topics: ["policing"], events: [{ occurredOn: "2025-05-01", stage: "fallen" }] });
    await makeBill({ slug: "f-no-history", jurisdiction: "us", topics: ["privacy"], events: [] });

    const slugs = async (filters: Parameters<typeof listBoardBills>[1]) =>
      (await listBoardBills(db, filters)).bills.map((bill) => bill.slug).filter((slug) => slug.startsWith("f-")).sort();

    expect(await slugs({ outcome: "enacted" })).toEqual(["f-us-law"]);
    expect(await slugs({ outcome: "failed" })).toEqual(["f-uk-fallen", "f-us-dead"]);
    expect(await slugs({ outcome: "pending" })).toEqual(["f-no-history", "f-uk-pending"]);
    expect(await slugs({ jurisdiction: "uk" })).toEqual(["f-uk-fallen", "f-uk-pending"]);
    expect(await slugs({ topic: "privacy", jurisdiction: "us", outcome: "failed" })).toEqual(["f-us-dead"]);
    expect(await slugs({ topic: "policing", jurisdiction: "us" })).toEqual([]);
    expect(await slugs({ phase: "enacted" })).toEqual(["f-us-law"]);
    expect(await slugs({ phase: "ended" })).toEqual(["f-uk-fallen", "f-us-dead"]);
    expect(await slugs({ phase: "legislature", jurisdiction: "uk" })).toEqual(["f-uk-pending"]);
    expect(await slugs({ phase: "in_force" })).toEqual([]);
  });

  it("draws each path from the model, with the ending where the bill stopped", async () => {
    await makeBill({
      slug: "t-died",
      events: [
        { occurredOn: "2025-01-10", stage: "introduced" },
        { occurredOn: "2025-03-10", stage: "passed" },
        { occurredOn: "2027-01-03", stage: "died" },
      ],
    });
    const row = (await listBoardBills(db)).bills.find((bill) => bill.slug === "t-died");
    expect(row?.status.ending).toMatchObject({ code: "died", occurredOn: "2027-01-03", derived: false });
    expect(row?.status.phase).toBe("ended");
    expect(row?.status.paths.find((path) => path.code === "senate")?.slots.map((slot) => slot.status)).toEqual(["done", "current"]);
    expect(row?.status.paths.find((path) => path.code === "house")?.slots.every((slot) => slot.status === "not_reached")).toBe(true);
  });

  it("runs the same number of queries for many bills with long histories as for a few", async () => {
    const many = (count: number) =>
      Array.from({ length: count }, (_, index) => ({
        occurredOn: `2025-0${(index % 9) + 1}-1${index % 9}`,
        stage: index % 2 ? "introduced" : "referred",
      }));
    await makeBill({ slug: "n-one", events: many(2) });
    counter.reset();
    await listBoardBills(counter.client);
    const few = counter.queries().length;
    counter.reset();
    await listBoardBills(counter.client, { q: "test" });
    const fewSearch = counter.queries().length;

    for (let index = 0; index < 6; index += 1) await makeBill({ slug: `n-more-${index}`, events: many(12) });
    counter.reset();
    await listBoardBills(counter.client);
    expect(counter.queries()).toHaveLength(few);
    counter.reset();
    await listBoardBills(counter.client, { q: "test" });
    expect(counter.queries()).toHaveLength(fewSearch);
    counter.reset();
    await listBoardBills(counter.client, {}, 2);
    expect(counter.queries().length).toBeLessThanOrEqual(few);
    expect(few).toBeLessThanOrEqual(3);
    expect(fewSearch).toBeLessThanOrEqual(5);
  });

  it("splits the results into pages of 50 in one order, counting every match, with search highlights on each page", async () => {
    const topic = "paging";
    for (let index = 0; index < BOARD_PAGE_SIZE + 3; index += 1) {
      const day = `2024-${String((index % 12) + 1).padStart(2, "0")}-${String((index % 28) + 1).padStart(2, "0")}`;
      await makeBill({ slug: `p-${index}`, shortTitle: `Paging Bill ${index}`, topics: [topic], events: [{ occurredOn: day, stage: "introduced" }] });
    }
    const first = await listBoardBills(db, { topic });
    const second = await listBoardBills(db, { topic }, 2);
    expect(first).toMatchObject({ total: BOARD_PAGE_SIZE + 3, page: 1, pageCount: 2 });
    expect(first.bills).toHaveLength(BOARD_PAGE_SIZE);
    expect(second).toMatchObject({ total: BOARD_PAGE_SIZE + 3, page: 2, pageCount: 2 });
    expect(second.bills).toHaveLength(3);
    const days = [...first.bills, ...second.bills].map((bill) => bill.lastEventOn ?? "");
    expect(days).toEqual([...days].sort().reverse());
    expect(new Set([...first.bills, ...second.bills].map((bill) => bill.slug)).size).toBe(BOARD_PAGE_SIZE + 3);

    const byTitle = await listBoardBills(db, { topic, sort: "title" }, 2);
    expect(byTitle.bills.map((bill) => bill.shortTitle)).toEqual(["Paging Bill 50", "Paging Bill 51", "Paging Bill 52"]);

    const searched = await listBoardBills(db, { topic, q: "paging", sort: "relevance" }, 2);
    expect(searched).toMatchObject({ total: BOARD_PAGE_SIZE + 3, pageCount: 2 });
    expect(searched.bills).toHaveLength(3);
    for (const bill of searched.bills) expect(bill.match?.shortTitle).toContain(`${MATCH_START}Paging${MATCH_END}`);

    expect(await listBoardBills(db, { topic }, 3)).toEqual({ bills: [], total: BOARD_PAGE_SIZE + 3, page: 3, pageCount: 2 });
  });
});
