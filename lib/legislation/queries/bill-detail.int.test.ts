import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { db } from "@/lib/db/client";
import { countingClient } from "@/lib/db/testing/counting-client";
import { makeBill } from "@/prisma/seed/make-bill";
import { seed } from "@/prisma/seed/seed";

import { viewBill } from "../bill-view";

import { getBillDetail } from "./bill-detail";
import { listPublicBills } from "./bill-index";
import { listUpcomingKeyDates } from "./key-dates";

const counter = countingClient();
afterAll(() => counter.disconnect());

beforeAll(async () => {
  await seed(db);
});

describe("getBillDetail", () => {
  it("returns a launch bill with its header, links, history and key dates", async () => {
    const bill = await getBillDetail(db, "take-it-down-act");
    expect(bill).toMatchObject({
      shortTitle: "TAKE IT DOWN Act",
      numbers: ["S.146", "H.R.633"],
      session: "119th Congress",
      verifiedOn: "2026-12-02",
    });
    expect(bill?.officialLinks[0]).toEqual({ label: "S.146 on Congress.gov", url: "https://www.congress.gov/bill/119th-congress/senate-bill/146" });
    expect(bill?.events.map((event) => event.occurredOn)).toEqual([
      "2025-01-16",
      "2025-01-22",
      "2025-02-13",
      "2025-04-08",
      "2025-04-28",
      "2025-04-28",
      "2025-05-19",
      "2025-05-19",
      "2026-05-11",
      "2026-05-19",
      "2026-05-19",
      "2026-05-20",
    ]);
    expect(bill?.events[7]).toMatchObject({ path: "final", stage: "signed", sourceKind: "official", chamber: "president" });
    expect(bill?.events.at(-1)).toMatchObject({ path: "after", stage: "enforcement_action", body: "Federal Trade Commission" });
    expect(bill?.keyDates).toEqual([expect.objectContaining({ date: "2026-05-19", title: "Platforms' notice-and-removal duties take effect" })]);
  });

  it("is null for an unknown slug, a draft and a bill scheduled for later", async () => {
    await makeBill({ slug: "a-draft", state: "draft" });
    const scheduled = await makeBill({ slug: "a-scheduled", state: "scheduled" });
    await db.bill.update({ where: { id: scheduled.id }, data: { publishAt: new Date(Date.now() + 3_600_000) } });
    expect(await getBillDetail(db, "no-such-bill")).toBeNull();
    expect(await getBillDetail(db, "a-draft")).toBeNull();
    expect(await getBillDetail(db, "a-scheduled")).toBeNull();
    const listed = (await listPublicBills(db)).map((bill) => bill.slug);
    expect(listed).not.toContain("a-draft");
    expect(listed).not.toContain("a-scheduled");
    expect(listed).toContain("enforce-act");
  });

  it("keeps only well-formed http(s) official links from the free-form JSON", async () => {
    const bill = await makeBill({ slug: "odd-links" });
    await db.bill.update({
      where: { id: bill.id },
      data: { officialLinks: [{ label: "Good", url: "https://example.org" }, { label: "Script", url: "javascript:alert(1)" }, "nonsense", { url: "https://no-label.example" }] },
    });
    expect((await getBillDetail(db, "odd-links"))?.officialLinks).toEqual([{ label: "Good", url: "https://example.org" }]);
  });

  it("shows the UK bill as it stood on a past day, and with Royal Assent today", async () => {
    const bill = await getBillDetail(db, "uk-crime-and-policing-bill");
    expect(bill).not.toBeNull();
    const earlier = viewBill(bill!, { asOf: "2025-07-01", today: "2026-11-25" });
    expect(earlier.status.headline).toMatchObject({ path: "first_house", stage: "third_reading" });
    expect(earlier.status.sentence).toBe("Passed the House of Commons");
    expect(earlier.history).toHaveLength(5);
    expect(earlier.status.paths.map((path) => path.label)).toEqual(["House of Commons", "House of Lords", "Final stages"]);
    const now = viewBill(bill!, { today: "2026-12-02" });
    expect(now.status.paths.find((path) => path.code === "final")?.slots.at(-1)).toMatchObject({ code: "royal_assent", status: "current", reachedOn: "2026-04-29" });
    expect(now.status.paths.find((path) => path.code === "second_house")?.slots[0]).toMatchObject({ code: "first_reading", status: "done", reachedOn: null });
    expect(now.status.sentence).toBe("Law; in force in part");
  });

  it("runs the same number of queries for a long history as for a short one", async () => {
    await makeBill({ slug: "short-history", events: [{ occurredOn: "2025-01-10", stage: "introduced" }] });
    await makeBill({
      slug: "long-history",
      events: Array.from({ length: 40 }, (_, index) => ({ occurredOn: `2025-02-${String((index % 28) + 1).padStart(2, "0")}`, stage: "referred" })),
      keyDates: Array.from({ length: 10 }, (_, index) => ({ date: `2027-01-${String(index + 1).padStart(2, "0")}`, title: `Date ${index}`, sourceUrl: "https://example.org" })),
    });
    // The long bill has many provisions, positions (of several organisations) and windows too,
    // so a query per row in any of them shows up as a difference.
    const long = await db.bill.findUniqueOrThrow({ where: { slug: "long-history" }, select: { id: true } });
    const organisations = await Promise.all(
      Array.from({ length: 5 }, (_, index) => db.organisation.create({ data: { name: `Query-count org ${index}` } })),
    );
    await db.provision.createMany({
      data: Array.from({ length: 12 }, (_, index) => ({ billId: long.id, category: "penalty" as const, text: `Penalty ${index}`, position: index })),
    });
    await db.position.createMany({
      data: organisations.flatMap((organisation, index) => [
        { billId: long.id, organisationId: organisation.id, stance: "monitoring" as const, statement: "Watching.", statedOn: new Date(`2025-03-0${index + 1}`) },
        { billId: long.id, organisationId: organisation.id, stance: "oppose" as const, statement: "Against.", statedOn: new Date(`2025-04-0${index + 1}`) },
      ]),
    });
    await db.participationWindow.createMany({
      data: Array.from({ length: 6 }, (_, index) => ({
        billId: long.id,
        kind: "call_for_evidence" as const,
        title: `Call ${index}`,
        runBy: "A committee",
        respondUrl: "https://example.org/respond",
        opensOn: new Date(`2025-05-0${index + 1}`),
        closesOn: new Date(`2025-06-0${index + 1}`),
      })),
    });
    counter.reset();
    await getBillDetail(counter.client, "short-history");
    const short = counter.queries().length;
    counter.reset();
    const detail = await getBillDetail(counter.client, "long-history");
    expect(detail?.positions).toHaveLength(10);
    expect(detail?.windows).toHaveLength(6);
    expect(counter.queries()).toHaveLength(short);
    // One for the bill and one per relation it loads (events, key dates, provisions, positions,
    // their organisations, windows, text versions): Prisma reads each relation with its own query.
    expect(short).toBeLessThanOrEqual(8);
  });
});

describe("listUpcomingKeyDates", () => {
  it("lists key dates from today on, soonest first, of public bills or of no bill", async () => {
    await makeBill({ slug: "kd-public", keyDates: [{ date: "2027-03-01", title: "Public deadline", sourceUrl: "https://example.org" }, { date: "2026-01-01", title: "Past deadline", sourceUrl: "https://example.org" }] });
    await makeBill({ slug: "kd-draft", state: "draft", keyDates: [{ date: "2027-02-01", title: "Draft deadline", sourceUrl: "https://example.org" }] });
    await db.keyDate.create({ data: { date: new Date("2027-01-15T00:00:00Z"), title: "Consultation closes", sourceUrl: "https://example.org" } });
    const mine = new Set(["Consultation closes", "Public deadline", "Past deadline", "Draft deadline"]);
    const upcoming = (await listUpcomingKeyDates(db, { today: "2026-11-25", limit: 50 })).filter((keyDate) => mine.has(keyDate.title));
    expect(upcoming.map((keyDate) => keyDate.title)).toEqual(["Consultation closes", "Public deadline"]);
    expect(upcoming[1]?.bill).toEqual({ slug: "kd-public", shortTitle: expect.any(String) });
    expect(upcoming[0]?.bill).toBeNull();
  });
});
