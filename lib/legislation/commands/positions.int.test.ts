import { beforeAll, describe, expect, it } from "vitest";

import { handleGetBill, handleOpenApi } from "@/lib/api/handlers";
import { getApiBill, listApiBills, listExportBills } from "@/lib/api/queries";
import { OpenApiResponseValidator } from "@/lib/api/testing/openapi-validator";
import { db } from "@/lib/db/client";
import { makeUser, type TestUser } from "@/lib/testing/users";
import { makeBill } from "@/prisma/seed/make-bill";

import { entityRevisions } from "../admin-queries";
import { currentPositions } from "../positions";
import { getBillDetail, listBoardBills } from "../queries";

import { createOrganisation } from "./create-organisation";
import { deletePosition } from "./delete-position";
import { recordPosition } from "./record-position";
import { updateOrganisation } from "./update-organisation";
import { updatePosition } from "./update-position";

let editor: TestUser;

beforeAll(async () => {
  editor = await makeUser("editor");
});

async function organisation(name: string, isOwn = false): Promise<string> {
  const result = await createOrganisation(editor.principal, { name, url: "https://example.org/org", isOwn: isOwn ? "yes" : "" });
  if (!result.ok) throw new Error(result.error.message);
  return result.value.id;
}

async function record(billId: string, organisationId: string, stance: string, statedOn: string): Promise<string> {
  const result = await recordPosition(editor.principal, { billId, organisationId, stance, statement: `We say ${stance}.`, sourceUrl: "https://example.org/statement", statedOn });
  if (!result.ok) throw new Error(result.error.message);
  return result.value.id;
}

describe("organisations", () => {
  it("keeps at most one organisation as the site's own", async () => {
    const first = await organisation("First Own Org", true);
    const second = await organisation("Second Own Org", true);
    expect(await db.organisation.findMany({ where: { isOwn: true }, select: { id: true } })).toEqual([{ id: second }]);
    const current = await db.organisation.findUniqueOrThrow({ where: { id: first } });
    expect(await updateOrganisation(editor.principal, { id: first, version: String(current.version), name: "First Own Org", isOwn: "yes" })).toMatchObject({ ok: true });
    expect(await db.organisation.findMany({ where: { isOwn: true }, select: { id: true } })).toEqual([{ id: first }]);
  });

  it("refuses a second organisation of the same name, on the name field", async () => {
    await organisation("Same Name Org");
    const again = await createOrganisation(editor.principal, { name: "Same Name Org" });
    expect(again).toMatchObject({ ok: false, error: { code: "validation", fieldErrors: { name: [expect.stringContaining("already recorded")] } } });
  });
});

describe("positions over time", () => {
  it("keeps a change of position as history, dated, with the latest as current", async () => {
    const bill = await makeBill({ slug: "position-bill-a" });
    const org = await organisation("History Org");
    await record(bill.id, org, "support", "2025-03-01");
    await record(bill.id, org, "support_if_amended", "2025-06-01");
    const detail = await getBillDetail(db, "position-bill-a");
    expect(detail?.positions.map((position) => [position.statedOn, position.stance])).toEqual([
      ["2025-06-01", "support_if_amended"],
      ["2025-03-01", "support"],
    ]);
    expect(currentPositions(detail?.positions ?? []).map((position) => position.stance)).toEqual(["support_if_amended"]);

    const api = await getApiBill(db, "position-bill-a");
    expect(api?.positions.map((position) => [position.stance, position.current])).toEqual([
      ["support_if_amended", true],
      ["support", false],
    ]);
    expect(api?.positions[0]?.organisation).toEqual({ name: "History Org", url: "https://example.org/org", isOwn: false });
    expect((await listExportBills(db)).find((entry) => entry.slug === "position-bill-a")?.positions).toHaveLength(2);
  });

  it("corrects a position over its version, refuses a stale one, and keeps every version in the audit log", async () => {
    const bill = await makeBill();
    const org = await organisation("Correction Org");
    const id = await record(bill.id, org, "oppose", "2025-03-01");
    const fields = { billId: bill.id, organisationId: org, stance: "oppose", statement: "Corrected wording.", statedOn: "2025-03-02" };
    expect(await updatePosition(editor.principal, { id, version: "1", ...fields })).toMatchObject({ ok: true });
    expect(await updatePosition(editor.principal, { id, version: "1", ...fields, statement: "Stale." })).toMatchObject({ ok: false, error: { code: "conflict" } });
    const revisions = await entityRevisions(db, "position", id);
    expect(revisions.map((revision) => [revision.action, revision.after?.statedOn])).toEqual([
      ["position.updated", "2025-03-02"],
      ["position.recorded", "2025-03-01"],
    ]);
    expect(await deletePosition(editor.principal, { id, version: "2" })).toMatchObject({ ok: true });
  });

  it("refuses a position dated in the future, or without a stance, saying which field", async () => {
    const bill = await makeBill();
    const org = await organisation("Future Org");
    const result = await recordPosition(editor.principal, { billId: bill.id, organisationId: org, stance: "", statement: "x", statedOn: "2999-01-01" });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(Object.keys(result.error.fieldErrors ?? {}).sort()).toEqual(["stance", "statedOn"]);
  });

  it("filters the board by the site's own current position, not an earlier one or another organisation's", async () => {
    const own = await organisation("Board Own Org", true);
    const other = await organisation("Board Other Org");
    const changed = await makeBill({ slug: "position-board-changed" });
    const opposed = await makeBill({ slug: "position-board-opposed" });
    await record(changed.id, own, "oppose", "2025-01-01");
    await record(changed.id, own, "support", "2025-02-01");
    await record(opposed.id, own, "oppose", "2025-01-01");
    await record(opposed.id, other, "support", "2025-03-01");
    const slugs = async (ours: "support" | "oppose") => (await listBoardBills(db, { ours, sort: "title" })).bills.map((bill) => bill.slug);
    expect(await slugs("oppose")).toEqual(["position-board-opposed"]);
    expect(await slugs("support")).toEqual(["position-board-changed"]);
  });

  it("describes positions in the OpenAPI document, and the bill's answer conforms to it", async () => {
    await makeBill({ slug: "position-bill-api" });
    const bill = await db.bill.findUniqueOrThrow({ where: { slug: "position-bill-api" } });
    await record(bill.id, await organisation("API Org"), "monitoring", "2025-04-01");
    const get = (path: string) => new Request(`http://localhost:3000${path}`);
    const validator = new OpenApiResponseValidator((await (await handleOpenApi(get("/api/v1/openapi.json"))).json()) as Record<string, unknown>);
    const reads = { billsPage: (query: Parameters<typeof listApiBills>[1]) => listApiBills(db, query), bill: (slug: string) => getApiBill(db, slug), exportBills: () => listExportBills(db) };
    const response = await handleGetBill(get("/api/v1/bills/position-bill-api"), "position-bill-api", reads);
    expect(validator.check({ path: "/api/v1/bills/{slug}", status: response.status, headers: response.headers, body: await response.text() })).toEqual([]);
  });
});
