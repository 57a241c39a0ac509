import { describe, expect, it } from "vitest";

import { db } from "@/lib/db/client";

import { systemActor, writeAudit } from "./write";

describe("the audit log", () => {
  it("refuses UPDATE and DELETE in the database itself", async () => {
    const id = await db.$transaction((tx) =>
      writeAudit(tx, { actor: systemActor("test"), action: "bill.updated", entityType: "bill", entityId: "b1", after: { title: "x" } }),
    );
    await expect(db.auditLog.update({ where: { id }, data: { action: "bill.deleted" } })).rejects.toThrow(/append-only/);
    await expect(db.auditLog.delete({ where: { id } })).rejects.toThrow(/append-only/);
    expect(await db.auditLog.findUniqueOrThrow({ where: { id } })).toMatchObject({ action: "bill.updated", actorEmail: "test" });
  });
});
