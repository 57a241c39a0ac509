import { beforeAll, describe, expect, it } from "vitest";

import { getApiBill, listApiBills } from "@/lib/api/queries";
import { billsQuerySchema } from "@/lib/api/schema";
import { db } from "@/lib/db/client";
import { loadBillCalendar, loadSiteCalendar } from "@/lib/feeds/queries";
import { makeUser } from "@/lib/testing/users";
import { seed } from "@/prisma/seed/seed";

import { viewBill } from "./bill-view";
import { recordStatusEvent } from "./commands/record-status-event";
import { getBillDetail, listBoardBills, listUpcomingKeyDates } from "./queries";

// The end of the 119th Congress (noon, 3 January 2027) on the launch content, with the clock
// before and after it: a key date first, then STOP CSAM and ENFORCE died, TAKE IT DOWN untouched.

const before = new Date("2026-12-02T12:00:00Z");
const after = new Date("2027-01-04T12:00:00Z");

beforeAll(async () => {
  await seed(db);
});

describe("the end of the 119th Congress", () => {
  it("is a key date of the Congress's unenacted bills, on their pages, the board and their calendars", async () => {
    const stop = viewBill((await getBillDetail(db, "stop-csam-act", before))!, { today: "2026-12-02", now: before });
    expect(stop.upcomingKeyDates).toContainEqual(expect.objectContaining({ date: "2027-01-03", title: "End of the 119th Congress", derived: true }));
    const law = viewBill((await getBillDetail(db, "take-it-down-act", before))!, { today: "2026-12-02", now: before });
    expect(law.upcomingKeyDates.some((keyDate) => keyDate.derived)).toBe(false);

    const board = await listUpcomingKeyDates(db, { today: "2026-12-02", now: before });
    expect(board.filter((keyDate) => keyDate.derived).map((keyDate) => keyDate.bill?.slug).sort()).toEqual(["enforce-act", "stop-csam-act"]);

    for (const slug of ["stop-csam-act", "enforce-act"]) {
      const calendar = await loadBillCalendar(db, slug, before);
      expect(calendar?.keyDates.map((keyDate) => [keyDate.date, keyDate.title]), slug).toContainEqual(["2027-01-03", "End of the 119th Congress"]);
    }
    expect((await loadBillCalendar(db, "take-it-down-act", before))?.keyDates.map((keyDate) => keyDate.title)).not.toContain("End of the 119th Congress");
    expect((await loadSiteCalendar(db, before)).keyDates.filter((keyDate) => keyDate.title === "End of the 119th Congress")).toHaveLength(2);

    const api = await getApiBill(db, "enforce-act", before);
    expect(api?.keyDates).toContainEqual(expect.objectContaining({ date: "2027-01-03", derived: true }));
  });

  it("reads STOP CSAM and ENFORCE as died once it has passed, and leaves TAKE IT DOWN as it was", async () => {
    const stop = viewBill((await getBillDetail(db, "stop-csam-act", after))!, { today: "2027-01-04", now: after });
    expect(stop.status).toMatchObject({ phase: "ended", sentence: "Died at the end of the 119th Congress", nextSteps: [] });
    expect(stop.status.ending).toMatchObject({ occurredOn: "2027-01-03", derived: true, rule: { sourceUrl: "https://constitution.congress.gov/constitution/amendment-20/" } });
    const law = viewBill((await getBillDetail(db, "take-it-down-act", after))!, { today: "2027-01-04", now: after });
    expect(law.status).toMatchObject({ phase: "enforced", sentence: "Law; in force; being enforced by the Federal Trade Commission" });

    const slugs = async (filters: Parameters<typeof listBoardBills>[1], now: Date) =>
      (await listBoardBills(db, filters, 1, now)).bills.map((bill) => bill.slug).sort();
    expect(await slugs({ phase: "ended" }, before)).toEqual([]);
    expect(await slugs({ phase: "ended" }, after)).toEqual(["enforce-act", "stop-csam-act"]);
    expect(await slugs({ phase: "legislature" }, after)).toEqual(["eu-csa-regulation"]);
    expect((await listBoardBills(db, {}, 1, after)).bills.find((bill) => bill.slug === "enforce-act")?.status.sentence).toBe(
      "Died at the end of the 119th Congress",
    );

    const api = await listApiBills(db, billsQuerySchema.parse({ phase: "ended" }), after);
    expect(api.bills.map((bill) => [bill.slug, bill.phase, bill.outcome, bill.status]).sort()).toEqual([
      ["enforce-act", "ended", "failed", "Died at the end of the 119th Congress"],
      ["stop-csam-act", "ended", "failed", "Died at the end of the 119th Congress"],
    ]);
    expect((await listUpcomingKeyDates(db, { today: "2027-01-04", now: after })).some((keyDate) => keyDate.derived)).toBe(false);
  });

  it("links a reintroduction recorded after it to the new bill", async () => {
    const editor = (await makeUser("editor")).principal;
    const stop = await db.bill.findUniqueOrThrow({ where: { slug: "stop-csam-act" } });
    const successor = await db.bill.create({
      data: { slug: "stop-csam-act-2027", shortTitle: "STOP CSAM Act of 2027", title: "STOP CSAM Act of 2027", jurisdiction: "us", session: "120th Congress", summary: "", state: "draft" },
    });
    const result = await recordStatusEvent(editor, {
      billId: stop.id,
      step: "procedure:reintroduced",
      relatedBillId: successor.id,
      occurredOn: "2025-12-11",
      description: "Reintroduced in the next Congress.",
      sourceUrl: "https://www.congress.gov/",
      sourceKind: "official",
    });
    expect(result.ok).toBe(true);
    const refused = await recordStatusEvent(editor, {
      billId: stop.id,
      step: "procedure:reintroduced",
      relatedBillId: stop.id,
      occurredOn: "2025-12-11",
      description: "Reintroduced as itself.",
      sourceUrl: "https://www.congress.gov/",
      sourceKind: "official",
    });
    expect(refused).toMatchObject({ ok: false, error: { fieldErrors: { relatedBillId: [expect.stringContaining("another bill")] } } });

    // A draft is never linked; once published, it is.
    const link = async () => (await getBillDetail(db, "stop-csam-act", after))?.events.find((event) => event.stage === "reintroduced")?.relatedBill;
    expect(await link()).toBeNull();
    await db.bill.update({ where: { id: successor.id }, data: { state: "published" } });
    expect(await link()).toEqual({ slug: "stop-csam-act-2027", shortTitle: "STOP CSAM Act of 2027" });
    const stopAfter = viewBill((await getBillDetail(db, "stop-csam-act", after))!, { today: "2027-01-04", now: after });
    expect(stopAfter.status.sentence).toBe("Died at the end of the 119th Congress; reintroduced as a new bill");
  });
});
