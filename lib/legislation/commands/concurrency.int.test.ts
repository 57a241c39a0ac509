import { describe, expect, it } from "vitest";

import { db } from "@/lib/db/client";
import { deriveBillStage } from "@/lib/legislation/bill-stage";
import { modelEventSelect } from "@/lib/legislation/model-events";
import { usCongress } from "@/lib/legislation/process/us-congress";
import { billSnapshot } from "@/lib/legislation/snapshot";
import type { Principal } from "@/lib/auth/authorize";
import { makeUser } from "@/lib/testing/users";
import { makeBill } from "@/prisma/seed/make-bill";

import { correctStatusEvent } from "./correct-status-event";
import { deleteBill } from "./delete-bill";
import { publishBill } from "./publish-bill";
import { recordStatusEvent } from "./record-status-event";
import { retractStatusEvent } from "./retract-status-event";
import { unpublishBill } from "./unpublish-bill";
import { updateBill } from "./update-bill";

// Many editors at once on one bill, through the real commands on a real PostgreSQL: nothing
// may be lost, nothing written twice, and the bill's derived stage must not depend on the
// order in which the transactions happened to commit.

const EDITORS = 20;
const source = { sourceUrl: "https://www.congress.gov/bill/119th-congress/senate-bill/146/all-actions", sourceKind: "official" };
/** Every step of the US Congress's model, as the back office's form sends it. */
const US_STEPS = usCongress.paths.flatMap((path) => path.steps.map((step) => `${path.code}:${step.code}`));

async function editors(count: number): Promise<Principal[]> {
  return Promise.all(Array.from({ length: count }, async () => (await makeUser("editor")).principal));
}

async function formOf(billId: string) {
  const bill = await db.bill.findUniqueOrThrow({ where: { id: billId } });
  return { ...billSnapshot(bill), id: bill.id, version: bill.version };
}

function outcomes(results: readonly { ok: boolean; error?: { code: string } }[]): string[] {
  return results.map((result) => (result.ok ? "ok" : (result.error?.code ?? "?")));
}

/** A small seeded generator, so a failing run can be repeated from its seed. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state * 1_664_525 + 1_013_904_223) >>> 0;
    return state / 2 ** 32;
  };
}

/** The bill's stored stage must be what the stage rule computes from its stored history. */
async function expectStageMatchesHistory(billId: string) {
  const bill = await db.bill.findUniqueOrThrow({ where: { id: billId } });
  const events = await db.statusEvent.findMany({ where: { billId }, select: modelEventSelect });
  expect({ currentStage: bill.currentStage, currentPath: bill.currentPath, phase: bill.phase, lastEventOn: bill.lastEventOn }).toEqual(
    deriveBillStage(bill, events),
  );
}

describe("twenty editors saving the same bill at once", () => {
  it("lets exactly one save per version win, refuses the others with a conflict and loses nothing", async () => {
    const bill = await makeBill({ state: "published", summary: "Before anyone saved" });
    const form = await formOf(bill.id);
    const principals = await editors(EDITORS);
    const inputs = principals.map((_, index) => ({ ...form, summary: `Summary from editor ${index}`, shortTitle: `Title ${index}` }));

    const results = await Promise.all(principals.map((principal, index) => updateBill(principal, inputs[index])));

    expect(outcomes(results).filter((outcome) => outcome === "ok")).toHaveLength(1);
    expect(outcomes(results).filter((outcome) => outcome === "conflict")).toHaveLength(EDITORS - 1);
    const winner = results.findIndex((result) => result.ok);
    for (const result of results) {
      if (!result.ok) expect(result.error.details).toMatchObject({ currentVersion: 2, theirs: { summary: `Summary from editor ${winner}` } });
    }
    const stored = await db.bill.findUniqueOrThrow({ where: { id: bill.id } });
    expect(stored).toMatchObject({ version: 2, summary: `Summary from editor ${winner}`, shortTitle: `Title ${winner}` });
    expect(await db.billRevision.findMany({ where: { billId: bill.id, version: 2 } })).toHaveLength(1);
    expect(await db.auditLog.count({ where: { entityId: bill.id, action: "bill.updated" } })).toBe(1);
  });

  it("keeps every version's winner when the losers retry on top of the newer version", async () => {
    const bill = await makeBill({ state: "draft" });
    const principals = await editors(EDITORS);
    const pending = new Set(principals.map((_, index) => index));
    const winners: number[] = [];
    // Each round, everyone still waiting saves from the version they last saw; one wins.
    while (pending.size > 0) {
      const form = await formOf(bill.id);
      const round = [...pending];
      const results = await Promise.all(round.map((index) => updateBill(principals[index] ?? null, { ...form, summary: `Round by ${index}` })));
      expect(outcomes(results).filter((outcome) => outcome === "ok")).toHaveLength(1);
      const won = round[results.findIndex((result) => result.ok)];
      if (won === undefined) throw new Error("no winner this round");
      winners.push(won);
      pending.delete(won);
    }
    const revisions = await db.billRevision.findMany({ where: { billId: bill.id }, orderBy: { version: "asc" } });
    expect(revisions.map((revision) => revision.version)).toEqual(Array.from({ length: EDITORS + 1 }, (_, index) => index + 1));
    expect(revisions.slice(1).map((revision) => (revision.snapshot as { summary: string }).summary)).toEqual(
      winners.map((index) => `Round by ${index}`),
    );
    expect(await db.auditLog.count({ where: { entityId: bill.id, action: "bill.updated" } })).toBe(EDITORS);
  });
});

describe("twenty status events recorded at once on one bill", () => {
  it.each([1, 2, 3, 4, 5])("keeps all of them, each with its audit row and delivery, and derives the stage from all (seed %i)", async (seed) => {
    const next = random(seed);
    const bill = await makeBill({ state: "published" });
    const webhook = await db.webhook.create({ data: { url: `https://example.org/hook-${seed}`, secret: "whsec_dGVzdHNlY3JldHRlc3RzZWNyZXR0ZXN0c2VjcmV0" } });
    const principals = await editors(EDITORS);
    const inputs = principals.map((_, index) => ({
      billId: bill.id,
      step: US_STEPS[Math.floor(next() * US_STEPS.length)],
      // A handful of distinct days, so that ties on the date are common too.
      occurredOn: `2025-0${1 + Math.floor(next() * 6)}-1${Math.floor(next() * 3)}`,
      description: `Step ${index}`,
      confirmOutOfOrder: "on",
      ...source,
    }));

    const results = await Promise.all(principals.map((principal, index) => recordStatusEvent(principal, inputs[index])));

    expect(outcomes(results)).toEqual(Array(EDITORS).fill("ok"));
    const ids = results.flatMap((result) => (result.ok ? [result.value.eventId] : []));
    expect(await db.statusEvent.count({ where: { billId: bill.id, description: { startsWith: "Step " } } })).toBe(EDITORS);
    expect(await db.auditLog.count({ where: { action: "statusEvent.recorded", entityId: { in: ids } } })).toBe(EDITORS);
    const deliveries = await db.outbox.findMany({ where: { webhookId: webhook.id, topic: "statusEvent.recorded" }, select: { payload: true } });
    const announced = deliveries.map((row) => JSON.parse((row.payload as { body: string }).body).data.event.id as string);
    expect(announced.sort()).toEqual([...ids].sort());
    await expectStageMatchesHistory(bill.id);
    await db.webhook.update({ where: { id: webhook.id }, data: { active: false } });
  });
});

describe("history races", () => {
  it("never lets one event be both corrected and retracted", async () => {
    const bill = await makeBill({
      state: "published",
      events: [
        { occurredOn: "2025-01-10", stage: "introduced" },
        { occurredOn: "2025-02-10", stage: "reported" },
      ],
    });
    const target = await db.statusEvent.findFirstOrThrow({ where: { billId: bill.id, stage: "reported" } });
    const [corrector, retractor] = await editors(2);
    const results = await Promise.all([
      correctStatusEvent(corrector ?? null, { eventId: target.id, step: "senate:referred", occurredOn: "2025-02-10", description: "Referred", note: "Wrong stage.", ...source }),
      retractStatusEvent(retractor ?? null, { eventId: target.id, reason: "Recorded twice." }),
    ]);
    expect(outcomes(results).filter((outcome) => outcome === "ok")).toHaveLength(1);
    const stored = await db.statusEvent.findUniqueOrThrow({ where: { id: target.id }, include: { correctedBy: true } });
    expect(Boolean(stored.retractedAt) && Boolean(stored.correctedBy)).toBe(false);
    await expectStageMatchesHistory(bill.id);
  });

  it("keeps the stage right when events are recorded, corrected and retracted together", async () => {
    const bill = await makeBill({
      state: "published",
      events: [
        { occurredOn: "2025-01-10", stage: "introduced" },
        { occurredOn: "2025-02-10", stage: "referred" },
        { occurredOn: "2025-03-10", stage: "reported" },
      ],
    });
    const [, committee, reported] = await db.statusEvent.findMany({ where: { billId: bill.id }, orderBy: { occurredOn: "asc" } });
    if (!committee || !reported) throw new Error("the bill was made with three events");
    const principals = await editors(6);
    const results = await Promise.all([
      retractStatusEvent(principals[0] ?? null, { eventId: reported.id, reason: "Not yet reported." }),
      correctStatusEvent(principals[1] ?? null, { eventId: committee.id, step: "senate:referred", occurredOn: "2025-02-11", description: "Referred", note: "Date.", confirmOutOfOrder: "on", ...source }),
      ...principals.slice(2).map((principal, index) =>
        recordStatusEvent(principal, { billId: bill.id, step: "senate:passed", occurredOn: `2025-04-1${index}`, description: `Passed ${index}`, ...source }),
      ),
    ]);
    expect(outcomes(results)).toEqual(Array(6).fill("ok"));
    await expectStageMatchesHistory(bill.id);
  });

  it("answers a status event for a bill deleted at the same moment with not_found or records it before, never an error", async () => {
    const bill = await makeBill({ state: "draft" });
    const [deleter, recorder] = await editors(2);
    const [deleted, recorded] = await Promise.all([
      deleteBill(deleter ?? null, { id: bill.id, version: 1 }),
      recordStatusEvent(recorder ?? null, { billId: bill.id, step: "senate:referred", occurredOn: "2025-02-01", description: "Referred", ...source }),
    ]);
    expect(deleted.ok || recorded.ok).toBe(true);
    if (deleted.ok) expect(recorded).toMatchObject(recorded.ok ? { ok: true } : { ok: false, error: { code: "not_found" } });
    expect(await db.bill.count({ where: { id: bill.id } })).toBe(deleted.ok ? 0 : 1);
  });

  it("lets one of a publish and an unpublish from the same version win, with one revision", async () => {
    const bill = await makeBill({ state: "draft" });
    const [publisher, unpublisher] = await editors(2);
    const results = await Promise.all([
      publishBill(publisher ?? null, { id: bill.id, version: 1 }),
      unpublishBill(unpublisher ?? null, { id: bill.id, version: 1 }),
    ]);
    expect(outcomes(results).sort()).toEqual(["conflict", "ok"]);
    expect(await db.billRevision.count({ where: { billId: bill.id, version: 2 } })).toBe(1);
    const stored = await db.bill.findUniqueOrThrow({ where: { id: bill.id } });
    expect(stored.state).toBe(results[0]?.ok ? "published" : "draft");
  });
});
