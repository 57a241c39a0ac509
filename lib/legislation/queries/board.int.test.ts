import { describe, expect, it } from "vitest";

import { db } from "@/lib/db/client";
import { makeBill } from "@/prisma/seed/make-bill";

import { listBoardBills } from "./queries";

describe("listBoardBills", () => {
  it("lists published bills and scheduled bills whose time has come, never drafts", async () => {
    const now = new Date("2026-01-01T12:00:00Z");
    await makeBill({ slug: "published-one", state: "published" });
    await makeBill({ slug: "draft-one", state: "draft" });
    const due = await makeBill({ slug: "scheduled-due", state: "scheduled" });
    const later = await makeBill({ slug: "scheduled-later", state: "scheduled" });
    await db.bill.update({ where: { id: due.id }, data: { publishAt: new Date("2026-01-01T11:00:00Z") } });
    await db.bill.update({ where: { id: later.id }, data: { publishAt: new Date("2026-01-01T13:00:00Z") } });

    const slugs = (await listBoardBills(db, now)).map((bill) => bill.slug);
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
        { occurredOn: "2025-03-10", stage: "passed_one_chamber", description: "Passed the Senate (retracted)" },
      ],
    });
    const events = await db.statusEvent.findMany({ where: { billId: bill.id }, orderBy: { occurredOn: "asc" } });
    await db.statusEvent.update({ where: { id: events[2]!.id }, data: { retractedAt: new Date(), retractionReason: "test" } });
    await db.statusEvent.create({
      data: {
        billId: bill.id,
        stage: "reported",
        occurredOn: new Date("2025-02-12T00:00:00Z"),
        description: "Reported (corrected date)",
        sourceUrl: "https://example.org",
        sourceKind: "official",
        correctsId: events[1]!.id,
      },
    });

    const row = (await listBoardBills(db)).find((candidate) => candidate.slug === "with-history");
    expect(row?.latestEvent).toMatchObject({ occurredOn: "2025-02-12", description: "Reported (corrected date)" });
  });

  it("orders bills by latest activity and labels the stage in words", async () => {
    await makeBill({ slug: "old-activity", events: [{ occurredOn: "2020-01-01", stage: "introduced" }] });
    await makeBill({
      slug: "new-activity",
      jurisdiction: "uk",
      events: [{ occurredOn: "2026-04-29", stage: "royal_assent" }],
    });
    const board = await listBoardBills(db);
    const slugs = board.map((bill) => bill.slug);
    expect(slugs.indexOf("new-activity")).toBeLessThan(slugs.indexOf("old-activity"));
    expect(board.find((bill) => bill.slug === "new-activity")).toMatchObject({
      stageLabel: "Royal Assent",
      outcome: "enacted",
      lastEventOn: "2026-04-29",
    });
  });
});
