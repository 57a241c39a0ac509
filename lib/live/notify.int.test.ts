import pg from "pg";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";

import { writeAudit } from "@/lib/audit/write";
import { getConfig } from "@/lib/config";
import { db } from "@/lib/db/client";
import { recordAsNewEditor } from "@/lib/testing/record-event";
import { makeBill } from "@/prisma/seed/make-bill";

import { parseNotice } from "./notice";
import { LIVE_CHANNEL, notifyChange, type ChangeNotice } from "./notify";

// PostgreSQL delivers a NOTIFY only when its transaction commits, and delivers notifications in
// commit order. So once a later, committed notice has arrived, an earlier one that never came
// was never sent: that is how these tests show a rollback delivers nothing, without waiting.

let listener: pg.Client;
let received: ChangeNotice[];

beforeEach(async () => {
  received = [];
  listener = new pg.Client({ connectionString: getConfig().DATABASE_URL });
  await listener.connect();
  listener.on("notification", (message) => {
    const notice = message.payload ? parseNotice(message.payload) : null;
    if (notice) received.push(notice);
  });
  await listener.query(`LISTEN ${LIVE_CHANNEL}`);
});

afterEach(async () => {
  await listener.end();
});

class Rollback extends Error {}

async function sentinel(): Promise<number> {
  const bill = await makeBill({ slug: `sentinel-${Date.now().toString(36)}` });
  const recorded = await recordAsNewEditor(bill.id, "Sentinel");
  await vi.waitFor(() => expect(received.map((notice) => notice.auditId)).toContain(recorded.auditId));
  return recorded.auditId;
}

describe("notifyChange", () => {
  it("delivers the notice to listeners when the command's transaction commits", async () => {
    const bill = await makeBill({ slug: "committed-change" });
    const recorded = await recordAsNewEditor(bill.id, "Passed the Senate");
    await vi.waitFor(() => expect(received).toHaveLength(1));
    expect(received[0]).toEqual({ kind: "statusEvent.recorded", slug: "committed-change", eventId: recorded.eventId, auditId: recorded.auditId });
  });

  it("delivers nothing, and writes nothing, when the transaction rolls back", async () => {
    const bill = await makeBill({ slug: "rolled-back-change" });
    // A command's shape (change, audit row, notice), failing after it notified.
    const failing = db.$transaction(async (tx) => {
      const event = await tx.statusEvent.create({
        data: { billId: bill.id, path: "senate", stage: "introduced", occurredOn: new Date("2025-01-20"), description: "Never happened", sourceUrl: "https://example.org/source", sourceKind: "official" },
      });
      const auditId = await writeAudit(tx, {
        actor: { id: null, email: "notify-test" },
        action: "statusEvent.recorded",
        entityType: "statusEvent",
        entityId: event.id,
        after: { description: "Never happened" },
      });
      await notifyChange(tx, { kind: "statusEvent.recorded", slug: bill.slug, eventId: event.id, auditId });
      throw new Rollback("failed after notifying");
    });
    await expect(failing).rejects.toBeInstanceOf(Rollback);
    const sentinelId = await sentinel();
    expect(received.map((notice) => notice.auditId)).toEqual([sentinelId]);
    expect(await db.statusEvent.count({ where: { description: "Never happened" } })).toBe(0);
    expect(await db.auditLog.count({ where: { after: { path: ["description"], equals: "Never happened" } } })).toBe(0);
  });

  it("holds the notice back until commit, however long the transaction runs", async () => {
    let committed = false;
    await db.$transaction(async (tx) => {
      await notifyChange(tx, { kind: "bill.updated", slug: "slow-bill", auditId: 999_001 });
      await tx.$executeRaw`SELECT pg_sleep(0.2)`;
      expect(received).toEqual([]);
      committed = true;
    });
    expect(committed).toBe(true);
    await vi.waitFor(() => expect(received).toEqual([{ kind: "bill.updated", slug: "slow-bill", auditId: 999_001 }]));
  });
});
