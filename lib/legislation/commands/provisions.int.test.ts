import { beforeAll, describe, expect, it } from "vitest";

import { handleCompareCsv, handleCompareJson } from "@/lib/api/compare";
import { handleOpenApi } from "@/lib/api/handlers";
import { getApiBill } from "@/lib/api/queries";
import { OpenApiResponseValidator } from "@/lib/api/testing/openapi-validator";
import { db } from "@/lib/db/client";
import { makeUser, type TestUser } from "@/lib/testing/users";
import { makeBill } from "@/prisma/seed/make-bill";

import { entityRevisions } from "../admin-queries";
import { getBillDetail, listComparableBills } from "../queries";

import { createProvision } from "./create-provision";
import { deleteProvision } from "./delete-provision";
import { updateProvision } from "./update-provision";

let editor: TestUser;
let validator: OpenApiResponseValidator;
const get = (path: string) => new Request(`http://localhost:3000${path}`);

beforeAll(async () => {
  editor = await makeUser("editor");
  validator = new OpenApiResponseValidator((await (await handleOpenApi(get("/api/v1/openapi.json"))).json()) as Record<string, unknown>);
});

async function expectConforms(path: string, response: Response) {
  expect(validator.check({ path, status: response.status, headers: response.headers, body: await response.clone().text() })).toEqual([]);
}

describe("provision commands", () => {
  it("refuses a provision without a category or text, saying which field to fix", async () => {
    const bill = await makeBill();
    const result = await createProvision(editor.principal, { billId: bill.id, category: "", text: " " });
    expect(result).toMatchObject({ ok: false, error: { code: "validation" } });
    if (result.ok) return;
    expect(Object.keys(result.error.fieldErrors ?? {}).sort()).toEqual(["category", "text"]);
    expect(await db.provision.count({ where: { billId: bill.id } })).toBe(0);
  });

  it("adds, edits and deletes a provision, each save audited as a revision and the bill marked as changed", async () => {
    const bill = await makeBill({ slug: "provision-bill-a" });
    const created = await createProvision(editor.principal, { billId: bill.id, category: "removal_deadline", text: "Within 48 hours.", citation: "Section 3" });
    if (!created.ok) throw new Error(created.error.message);
    expect(created.value.revalidate).toEqual(["bills", "bill:provision-bill-a"]);
    const touched = await db.bill.findUniqueOrThrow({ where: { id: bill.id } });
    expect(touched.updatedAt.getTime()).toBeGreaterThan(bill.updatedAt.getTime());
    expect(touched.version).toBe(bill.version);

    const updated = await updateProvision(editor.principal, { id: created.value.id, version: "1", billId: bill.id, category: "removal_deadline", text: "Within 24 hours.", citation: "" });
    expect(updated.ok).toBe(true);
    const stored = await db.provision.findUniqueOrThrow({ where: { id: created.value.id } });
    expect(stored).toMatchObject({ text: "Within 24 hours.", citation: null, version: 2 });

    const revisions = await entityRevisions(db, "provision", created.value.id);
    expect(revisions.map((revision) => [revision.action, revision.after?.text, revision.by])).toEqual([
      ["provision.updated", "Within 24 hours.", editor.email],
      ["provision.created", "Within 48 hours.", editor.email],
    ]);

    expect(await deleteProvision(editor.principal, { id: created.value.id, version: "2" })).toMatchObject({ ok: true });
    expect(await db.provision.count({ where: { id: created.value.id } })).toBe(0);
    expect((await entityRevisions(db, "provision", created.value.id))[0]).toMatchObject({ action: "provision.deleted", after: null });
  });

  it("refuses a save over a version someone else has changed, and writes nothing", async () => {
    const bill = await makeBill();
    const provision = await db.provision.create({ data: { billId: bill.id, category: "penalty", text: "Up to 5 years." } });
    const first = await updateProvision(editor.principal, { id: provision.id, version: "1", billId: bill.id, category: "penalty", text: "Up to 3 years." });
    expect(first.ok).toBe(true);
    const before = await db.bill.findUniqueOrThrow({ where: { id: bill.id }, select: { updatedAt: true } });
    const stale = await updateProvision(editor.principal, { id: provision.id, version: "1", billId: bill.id, category: "penalty", text: "Up to 10 years." });
    expect(stale).toMatchObject({ ok: false, error: { code: "conflict" } });
    expect((await db.provision.findUniqueOrThrow({ where: { id: provision.id } })).text).toBe("Up to 3 years.");
    expect(await db.bill.findUniqueOrThrow({ where: { id: bill.id }, select: { updatedAt: true } })).toEqual(before);
    expect(await deleteProvision(editor.principal, { id: provision.id, version: "1" })).toMatchObject({ ok: false, error: { code: "conflict" } });
  });

  it("announces nothing for a draft's provision: no public page shows it", async () => {
    const draft = await makeBill({ state: "draft" });
    const created = await createProvision(editor.principal, { billId: draft.id, category: "scope", text: "Platforms." });
    expect(created).toMatchObject({ ok: true, value: { revalidate: [] } });
  });
});

describe("provisions on the public side", () => {
  it("shows a public bill's provisions in the fixed category order, and never a draft's", async () => {
    const bill = await makeBill({ slug: "provision-bill-b", shortTitle: "Provision Bill B" });
    const draft = await makeBill({ slug: "provision-draft", state: "draft" });
    await db.provision.createMany({
      data: [
        { billId: bill.id, category: "scope", text: "Covered platforms." },
        { billId: bill.id, category: "criminal_offence", text: "A new offence.", citation: "s. 1", position: 1 },
        { billId: bill.id, category: "criminal_offence", text: "An earlier offence.", position: 0 },
        { billId: draft.id, category: "penalty", text: "Secret." },
      ],
    });
    const detail = await getBillDetail(db, "provision-bill-b");
    expect(detail?.provisions.map((provision) => provision.text)).toEqual(["An earlier offence.", "A new offence.", "Covered platforms."]);
    const comparable = await listComparableBills(db);
    expect(comparable.some((candidate) => candidate.slug === "provision-draft")).toBe(false);
    expect(comparable.find((candidate) => candidate.slug === "provision-bill-b")?.provisions).toHaveLength(3);

    const api = await getApiBill(db, "provision-bill-b");
    expect(api?.provisions[0]).toMatchObject({ category: "criminal_offence", categoryLabel: "Criminal offence", citation: null });
  });

  it("answers the comparison as JSON and CSV conforming to the OpenAPI document, and problems for bad lists", async () => {
    await makeBill({ slug: "provision-bill-c" }).then((bill) => db.provision.create({ data: { billId: bill.id, category: "penalty", text: "=HYPERLINK(1)" } }));
    const reads = () => listComparableBills(db);

    const json = await handleCompareJson(get("/api/v1/compare?bills=provision-bill-c"), reads);
    expect(json.status).toBe(200);
    await expectConforms("/api/v1/compare", json);
    const body = (await json.json()) as { rows: { category: string; cells: unknown[][] }[] };
    expect(body.rows).toHaveLength(9);
    expect(body.rows.find((row) => row.category === "penalty")?.cells[0]).toHaveLength(1);

    const csv = await handleCompareCsv(get("/compare.csv?bills=provision-bill-c"), reads);
    expect(csv.status).toBe(200);
    await expectConforms("/compare.csv", csv);
    const text = await csv.text();
    expect(text).toContain("'=HYPERLINK(1)");
    expect(text.match(/Not recorded/g)).toHaveLength(8);

    for (const query of ["", "?bills=", "?bill=provision-bill-c", "?bills=a,b,c,d,e,f,g"]) {
      const refused = await handleCompareJson(get(`/api/v1/compare${query}`), reads);
      expect(refused.status, query).toBe(400);
      await expectConforms("/api/v1/compare", refused);
    }
    const missing = await handleCompareCsv(get("/compare.csv?bills=provision-bill-c,no-such-bill"), reads);
    expect(missing.status).toBe(404);
    await expectConforms("/compare.csv", missing);
  });
});
