import { describe, expect, it } from "vitest";

import { db } from "@/lib/db/client";
import { correctStatusEvent } from "@/lib/legislation/commands/correct-status-event";
import { publishBill } from "@/lib/legislation/commands/publish-bill";
import { recordStatusEvent } from "@/lib/legislation/commands/record-status-event";
import { retractStatusEvent } from "@/lib/legislation/commands/retract-status-event";
import { makeUser } from "@/lib/testing/users";
import { makeBill } from "@/prisma/seed/make-bill";

import { today } from "../dates";
import type { ChangeCursor } from "../public-params";

import { listChanges, type TimelineChange } from "./changes";

const source = { sourceUrl: "https://www.congress.gov/bill/119th-congress/senate-bill/3021/all-actions", sourceKind: "official" };

async function ok<T>(result: Promise<{ ok: true; value: T } | { ok: false; error: unknown }>): Promise<T> {
  const settled = await result;
  if (!settled.ok) throw new Error(JSON.stringify(settled.error));
  return settled.value;
}

describe("listChanges", () => {
  it("lists what was recorded, corrected, retracted and published since a day, whenever the events took place", async () => {
    const editor = (await makeUser("editor")).principal;
    const admin = (await makeUser("admin")).principal;
    const bill = await makeBill({ slug: "ch-changes", events: [{ occurredOn: "2025-01-10", stage: "introduced", chamber: "senate", description: "Introduced long ago" }] });
    // Recorded before the day asked about: the tracker knew it already.
    await db.statusEvent.updateMany({ where: { billId: bill.id }, data: { createdAt: new Date("2026-01-05T10:00:00Z") } });

    const recorded = await ok(
      recordStatusEvent(editor, { billId: bill.id, step: "senate:referred", occurredOn: "2025-01-11", description: "Referred, learnt late", ...source }),
    );
    const wrong = await ok(
      recordStatusEvent(editor, { billId: bill.id, step: "senate:reported", occurredOn: "2025-02-01", description: "Reported (wrong date)", ...source }),
    );
    await ok(
      correctStatusEvent(editor, {
        eventId: wrong.eventId,
        step: "senate:reported",
        occurredOn: "2025-02-03",
        description: "Reported",
        note: "Reported on 3 February, not 1 February.",
        ...source,
      }),
    );
    await ok(retractStatusEvent(editor, { eventId: recorded.eventId, reason: "Recorded against the wrong bill." }));
    const draft = await makeBill({ slug: "ch-draft", state: "draft", events: [] });
    await ok(publishBill(admin, { id: draft.id, version: draft.version }));

    const { changes, nextCursor } = await listChanges(db, { since: today() }, { limit: 100 });
    const ours = changes.filter((change) => change.bill.slug.startsWith("ch-"));
    expect(ours.map((change) => [change.kind, change.bill.slug, change.event?.description ?? null])).toEqual([
      ["published", "ch-draft", null],
      ["retracted", "ch-changes", "Referred, learnt late"],
      ["corrected", "ch-changes", "Reported"],
      ["recorded", "ch-changes", "Reported (wrong date)"],
      ["recorded", "ch-changes", "Referred, learnt late"],
    ]);
    expect(ours[1]).toMatchObject({ retractionReason: "Recorded against the wrong bill.", event: { occurredOn: "2025-01-11", status: "retracted" } });
    expect(ours[3]?.event?.status).toBe("superseded");
    expect(changes.some((change) => change.event?.description === "Introduced long ago")).toBe(false);
    expect(nextCursor).toBeNull();
    const times = changes.map((change) => change.at);
    expect(times).toEqual([...times].sort().reverse());
  });

  it("pages through every change exactly once, and filters by bill and legislature", async () => {
    const bill = await makeBill({
      slug: "ch-paged",
      events: Array.from({ length: 7 }, (_, index) => ({ occurredOn: `2025-03-0${index + 1}`, stage: "referred", chamber: "senate" })),
    });
    await makeBill({ slug: "ch-uk", jurisdiction: "uk", events: [{ occurredOn: "2025-06-01", stage: "first_reading", chamber: "commons" }] });

    const all = (await listChanges(db, { since: today(), bill: bill.slug }, { limit: 100 })).changes;
    expect(all).toHaveLength(7);
    const seen: TimelineChange[] = [];
    let cursor: ChangeCursor | undefined;
    let pages = 0;
    do {
      const page = await listChanges(db, { since: today(), bill: bill.slug, changeCursor: cursor }, { limit: 3 });
      seen.push(...page.changes);
      cursor = page.nextCursor ?? undefined;
      pages += 1;
    } while (cursor && pages < 10);
    expect(pages).toBe(3);
    expect(seen.map((change) => change.key)).toEqual(all.map((change) => change.key));

    const uk = (await listChanges(db, { since: today(), jurisdiction: "uk" }, { limit: 100 })).changes;
    expect(uk.length).toBeGreaterThan(0);
    expect(uk.every((change) => change.bill.jurisdiction === "uk")).toBe(true);
  });

  it("shows nothing of drafts, and nothing before the day", async () => {
    await makeBill({ slug: "ch-hidden", state: "draft" });
    const later = await listChanges(db, { since: "2999-01-01" }, { limit: 100 });
    expect(later).toEqual({ changes: [], nextCursor: null });
    const now = await listChanges(db, { since: today() }, { limit: 500 });
    expect(now.changes.some((change) => change.bill.slug === "ch-hidden")).toBe(false);
  });
});
