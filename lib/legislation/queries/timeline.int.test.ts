import { afterAll, describe, expect, it } from "vitest";

import { db } from "@/lib/db/client";
import { countingClient } from "@/lib/db/testing/counting-client";
import { makeBill } from "@/prisma/seed/make-bill";

import type { TimelineFilters } from "../public-params";

import { listCorrections } from "./corrections";
import { listTimeline, type TimelineEvent } from "./timeline";

const counter = countingClient();
afterAll(() => counter.disconnect());

async function everyPage(filters: TimelineFilters, limit: number): Promise<{ pages: number; events: TimelineEvent[] }> {
  const events: TimelineEvent[] = [];
  let pages = 0;
  let cursor: TimelineFilters["cursor"];
  do {
    const page = await listTimeline(db, { ...filters, cursor }, { limit });
    events.push(...page.events);
    pages += 1;
    cursor = page.nextCursor ?? undefined;
  } while (cursor && pages < 50);
  return { pages, events };
}

describe("listTimeline", () => {
  it("pages through every event exactly once, newest first, even with many on one day", async () => {
    await makeBill({
      slug: "tl-busy",
      events: [
        ...Array.from({ length: 7 }, () => ({ occurredOn: "2025-06-01", stage: "referred" })),
        { occurredOn: "2025-07-01", stage: "reported" },
        { occurredOn: "2025-05-01", stage: "introduced" },
      ],
    });
    await makeBill({ slug: "tl-other", jurisdiction: "uk", events: [{ occurredOn: "2025-06-01", stage: "first_reading", chamber: "commons" }] });

    const all = (await listTimeline(db, {}, { limit: 100 })).events;
    expect(all).toHaveLength(10);
    const { pages, events } = await everyPage({}, 3);
    expect(pages).toBe(4);
    expect(events.map((event) => event.id)).toEqual(all.map((event) => event.id));
    expect(new Set(events.map((event) => event.id)).size).toBe(10);
    const days = events.map((event) => event.occurredOn);
    expect(days).toEqual([...days].sort().reverse());
  });

  it("says there is no older page when the last page is exactly full", async () => {
    const all = (await listTimeline(db, {}, { limit: 100 })).events.length;
    const page = await listTimeline(db, {}, { limit: all });
    expect(page.events).toHaveLength(all);
    expect(page.nextCursor).toBeNull();
  });

  it("filters by bill, legislature and a since day", async () => {
    const bill = (await listTimeline(db, { bill: "tl-other" })).events;
    expect(bill.map((event) => event.bill.slug)).toEqual(["tl-other"]);
    expect(bill[0]).toMatchObject({ stageLabel: "First reading in the House of Commons", chamber: "commons" });
    const uk = (await listTimeline(db, { jurisdiction: "uk" })).events;
    expect(uk.every((event) => event.bill.jurisdiction === "uk")).toBe(true);
    const since = (await listTimeline(db, { since: "2025-06-01" }, { limit: 100 })).events;
    expect(since).toHaveLength(9);
    expect(since.every((event) => event.occurredOn >= "2025-06-01")).toBe(true);
    const sincePaged = await everyPage({ since: "2025-06-01" }, 4);
    expect(sincePaged.events.map((event) => event.id)).toEqual(since.map((event) => event.id));
  });

  it("shows only public bills' events, and marks corrected and retracted ones", async () => {
    await makeBill({ slug: "tl-draft", state: "draft", events: [{ occurredOn: "2025-08-01", stage: "introduced" }] });
    const bill = await makeBill({
      slug: "tl-corrected",
      events: [
        { occurredOn: "2024-01-10", stage: "introduced", description: "Introduced" },
        { occurredOn: "2024-02-10", stage: "reported", description: "Reported (wrong day)" },
        { occurredOn: "2024-03-10", stage: "passed", description: "Passed (not true)" },
      ],
    });
    const events = await db.statusEvent.findMany({ where: { billId: bill.id }, orderBy: { occurredOn: "asc" } });
    await db.statusEvent.update({ where: { id: events[2]!.id }, data: { retractedAt: new Date("2026-02-01T09:00:00Z"), retractionReason: "Recorded against the wrong bill." } });
    await db.statusEvent.create({
      data: { billId: bill.id, path: "senate", stage: "reported", occurredOn: new Date("2024-02-12T00:00:00Z"), description: "Reported (right day)", sourceUrl: "https://example.org", sourceKind: "official", correctsId: events[1]!.id, createdAt: new Date("2026-03-01T09:00:00Z") },
    });

    const timeline = (await listTimeline(db, {}, { limit: 100 })).events;
    expect(timeline.some((event) => event.bill.slug === "tl-draft")).toBe(false);
    const mine = timeline.filter((event) => event.bill.slug === "tl-corrected");
    expect(mine.map((event) => [event.occurredOn, event.status])).toEqual([
      ["2024-03-10", "retracted"],
      ["2024-02-12", "effective"],
      ["2024-02-10", "superseded"],
      ["2024-01-10", "effective"],
    ]);

    const corrections = await listCorrections(db);
    expect(corrections.map((entry) => [entry.kind, entry.bill.slug])).toEqual([
      ["correction", "tl-corrected"],
      ["retraction", "tl-corrected"],
    ]);
    expect(corrections[0]).toMatchObject({
      corrects: { occurredOn: "2024-02-10", stageLabel: "Reported by a Senate committee" },
      changes: [
        { field: "Date", from: "10 February 2024", to: "12 February 2024" },
        { field: "Description", from: "Reported (wrong day)", to: "Reported (right day)" },
        { field: "Source", from: "https://example.org/source", to: "https://example.org" },
      ],
    });
    expect(corrections[1]).toMatchObject({ reason: "Recorded against the wrong bill.", event: { occurredOn: "2024-03-10" } });
  });

  it("leaves a draft's corrections off the corrections page", async () => {
    const draft = await makeBill({ slug: "tl-draft-corrected", state: "draft", events: [{ occurredOn: "2024-01-10", stage: "introduced" }] });
    await db.statusEvent.updateMany({ where: { billId: draft.id }, data: { retractedAt: new Date(), retractionReason: "Draft." } });
    expect((await listCorrections(db)).some((entry) => entry.bill.slug === "tl-draft-corrected")).toBe(false);
  });

  it("runs the same number of queries whatever the page size", async () => {
    counter.reset();
    await listTimeline(counter.client, {}, { limit: 2 });
    const small = counter.queries().length;
    counter.reset();
    await listTimeline(counter.client, {}, { limit: 50 });
    expect(counter.queries()).toHaveLength(small);
  });
});
