import { describe, expect, it } from "vitest";

import { db } from "@/lib/db/client";
import { makeUser } from "@/lib/testing/users";
import { makeBill } from "@/prisma/seed/make-bill";

import { addWatchedSource } from "./add-watched-source";
import { removeWatchedSource } from "./remove-watched-source";

describe("keeping a bill's watched sources", () => {
  it("adds a source in the form each kind needs, audited, and refuses it twice", async () => {
    const editor = await makeUser("editor");
    const bill = await makeBill();
    const added = await addWatchedSource(editor.principal, { billId: bill.id, kind: "legislation_gov_uk", identifier: "ukpga/2026/20", matchWords: "Crime and Policing Act 2026\n" });
    if (!added.ok) throw new Error(added.error.message);
    expect(await db.watchedSource.findUniqueOrThrow({ where: { id: added.value.id } })).toMatchObject({ kind: "legislation_gov_uk", matchWords: ["Crime and Policing Act 2026"] });
    expect(await db.auditLog.count({ where: { action: "watchedSource.added", entityId: added.value.id } })).toBe(1);
    expect(await addWatchedSource(editor.principal, { billId: bill.id, kind: "legislation_gov_uk", identifier: "ukpga/2026/20", matchWords: "Crime and Policing Act 2026" })).toMatchObject({
      ok: false,
      error: { code: "validation", fieldErrors: { identifier: ["This bill already watches that source."] } },
    });
  });

  it("adds an Act's page with its identifier alone: no words are needed to find it", async () => {
    const editor = await makeUser("editor");
    const bill = await makeBill();
    const added = await addWatchedSource(editor.principal, { billId: bill.id, kind: "legislation_act", identifier: "ukpga/2026/20" });
    if (!added.ok) throw new Error(added.error.message);
    expect(await db.watchedSource.findUniqueOrThrow({ where: { id: added.value.id } })).toMatchObject({ kind: "legislation_act", identifier: "ukpga/2026/20", matchWords: [] });
  });

  it.each([
    ["congress_bill", "S.3021", "", "identifier"],
    ["uk_bill", "crime-and-policing", "", "identifier"],
    ["legislation_gov_uk", "ukpga/2026/20", "", "matchWords"],
    ["legislation_act", "uksi/2026/689", "", "identifier"],
    ["feed", "http://regulator.example.org/feed.xml", "TAKE IT DOWN", "identifier"],
    ["feed", "https://regulator.example.org/feed.xml", "", "matchWords"],
  ])("refuses a %s source written as %s, saying which field is wrong", async (kind, identifier, matchWords, field) => {
    const editor = await makeUser("editor");
    const bill = await makeBill();
    const result = await addWatchedSource(editor.principal, { billId: bill.id, kind, identifier, matchWords });
    expect(result).toMatchObject({ ok: false, error: { code: "validation", fieldErrors: { [field]: [expect.any(String)] } } });
  });

  it("removes a source and keeps its suggestions", async () => {
    const editor = await makeUser("editor");
    const bill = await makeBill();
    const source = await db.watchedSource.create({ data: { billId: bill.id, kind: "uk_bill", identifier: "3938", matchWords: [] } });
    const suggestion = await db.suggestion.create({
      data: { billId: bill.id, sourceId: source.id, itemKey: "uk-bills:3938:1", occurredOn: new Date("2025-02-25T00:00:00Z"), description: "1st reading, House of Commons.", sourceUrl: "https://bills.parliament.uk/bills/3938/stages/1" },
    });
    expect(await removeWatchedSource(editor.principal, { id: source.id })).toEqual({ ok: true, value: { billId: bill.id } });
    expect(await db.watchedSource.count({ where: { id: source.id } })).toBe(0);
    expect((await db.suggestion.findUniqueOrThrow({ where: { id: suggestion.id } })).sourceId).toBeNull();
    expect(await removeWatchedSource(editor.principal, { id: source.id })).toMatchObject({ ok: false, error: { code: "not_found" } });
  });
});
