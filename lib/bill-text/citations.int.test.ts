import { readFileSync } from "node:fs";
import path from "node:path";

import { describe, expect, it } from "vitest";

import { db } from "@/lib/db/client";
import { createProvision } from "@/lib/legislation/commands/create-provision";
import { recordStatusEvent } from "@/lib/legislation/commands/record-status-event";
import { updateProvision } from "@/lib/legislation/commands/update-provision";
import { makeUser } from "@/lib/testing/users";
import { makeBill } from "@/prisma/seed/make-bill";

import { loadCitationNotes } from "./citation-notes";
import { importTextVersion } from "./commands/import-version";

const fixture = (name: string) => readFileSync(path.join(import.meta.dirname, "fixtures", name), "utf8");

describe("a provision citing a part of a text version", () => {
  it("is checked against the imported versions, stored, and noted as changed once a later version changes the part", async () => {
    const editor = await makeUser("editor");
    const bill = await makeBill({ state: "published", jurisdiction: "us" });
    const imported = await importTextVersion(editor.principal, { billSlug: bill.slug, code: "is", raw: fixture("fixture-act-is.xml"), versionDate: "2025-03-04" });
    expect(imported.ok).toBe(true);
    const base = { billId: bill.id, category: "reporting_duty", text: "Annual transparency reports." };

    const noVersion = await createProvision(editor.principal, { ...base, textVersionCode: "rs", textSection: "sec-4" });
    expect(noVersion).toMatchObject({ ok: false, error: { fieldErrors: { textVersionCode: [expect.stringContaining("no text version “rs”")] } } });
    const noPart = await createProvision(editor.principal, { ...base, textVersionCode: "is", textSection: "sec-9-z" });
    expect(noPart).toMatchObject({ ok: false, error: { fieldErrors: { textSection: [expect.stringContaining("Introduced in Senate has no part “sec-9-z”")] } } });
    const partOnly = await createProvision(editor.principal, { ...base, textSection: "sec-3" });
    expect(partOnly).toMatchObject({ ok: false, error: { fieldErrors: { textVersionCode: ["Name the version the part is in, like is or rs."] } } });
    expect(await db.provision.count({ where: { billId: bill.id } })).toBe(0);

    const created = await createProvision(editor.principal, { ...base, textVersionCode: "is", textSection: "#sec-3-a-quoted-1-i-2" });
    if (!created.ok) throw new Error(created.error.message);
    const stored = await db.provision.findUniqueOrThrow({ where: { id: created.value.id } });
    expect(stored).toMatchObject({ textVersionCode: "is", textSection: "sec-3-a-quoted-1-i-2" });
    expect((await loadCitationNotes(bill.slug, [stored])).get(stored.id)).toMatchObject({ versionName: "Introduced in Senate", changedIn: null });

    await importTextVersion(editor.principal, { billSlug: bill.slug, code: "rs", raw: fixture("fixture-act-rs.xml"), versionDate: "2025-06-01" });
    expect((await loadCitationNotes(bill.slug, [stored])).get(stored.id)?.changedIn).toEqual({
      versionName: "Reported in Senate",
      href: `/bills/${bill.slug}/text/compare?from=is&to=rs#to-sec-4`,
    });

    const cleared = await updateProvision(editor.principal, { id: stored.id, version: "1", ...base, textVersionCode: "", textSection: "" });
    expect(cleared.ok).toBe(true);
    expect(await db.provision.findUniqueOrThrow({ where: { id: stored.id } })).toMatchObject({ textVersionCode: null, textSection: null });
  });

  it("lets a status event cite the version it concerns, checked the same way", async () => {
    const editor = await makeUser("editor");
    const bill = await makeBill({ state: "published", jurisdiction: "us", events: [{ occurredOn: "2025-03-04", stage: "introduced", chamber: "senate" }] });
    await importTextVersion(editor.principal, { billSlug: bill.slug, code: "is", raw: fixture("fixture-act-is.xml"), versionDate: "2025-03-04" });
    await importTextVersion(editor.principal, { billSlug: bill.slug, code: "rs", raw: fixture("fixture-act-rs.xml"), versionDate: "2025-06-01" });
    const step = {
      billId: bill.id,
      step: "senate:reported",
      occurredOn: "2025-06-01",
      description: "Committee on the Judiciary. Reported by Mr. Chair with an amendment in the nature of a substitute.",
      sourceUrl: "https://www.congress.gov/bill/119th-congress/senate-bill/9999/all-actions",
      sourceKind: "official",
    };
    expect(await recordStatusEvent(editor.principal, { ...step, textVersionCode: "rs", textSection: "sec-9" })).toMatchObject({
      ok: false,
      error: { fieldErrors: { textSection: [expect.stringContaining("Reported in Senate has no part “sec-9”")] } },
    });
    expect(await recordStatusEvent(editor.principal, { ...step, textSection: "sec-3" })).toMatchObject({ ok: false, error: { fieldErrors: { textVersionCode: [expect.any(String)] } } });

    const recorded = await recordStatusEvent(editor.principal, { ...step, textVersionCode: "is", textSection: "sec-2-2-B-i" });
    if (!recorded.ok) throw new Error(recorded.error.message);
    const event = await db.statusEvent.findUniqueOrThrow({ where: { id: recorded.value.eventId } });
    expect(event).toMatchObject({ textVersionCode: "is", textSection: "sec-2-2-B-i" });
    expect((await loadCitationNotes(bill.slug, [event])).get(event.id)).toMatchObject({ part: "section 2(2)(B)(i)", changedIn: { versionName: "Reported in Senate" } });
  });
});
