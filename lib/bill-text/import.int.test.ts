import { readFileSync } from "node:fs";
import path from "node:path";

import { describe, expect, it } from "vitest";

import { db } from "@/lib/db/client";
import { makeUser } from "@/lib/testing/users";
import { makeBill } from "@/prisma/seed/make-bill";

import { importTextVersion } from "./commands/import-version";
import { listImportedTextVersions } from "./queries";
import type { TextTree } from "./tree";

const fixture = (name: string) => readFileSync(path.join(import.meta.dirname, "fixtures", name), "utf8");
const introduced = fixture("fixture-act-is.xml");
const reported = fixture("fixture-act-rs.xml");

async function setUp() {
  const editor = await makeUser("editor");
  const bill = await makeBill({ state: "published" });
  return { editor, bill };
}

const auditRows = (billId: string) => db.auditLog.findMany({ where: { entityType: "textVersion", after: { path: ["billId"], equals: billId } }, orderBy: { id: "asc" } });

describe("importing a version of a bill's text", () => {
  it("keeps the file, its SHA-256 and its section tree, with an audit row and the bill's pages expired", async () => {
    const { editor, bill } = await setUp();
    const result = await importTextVersion(editor.principal, {
      billSlug: bill.slug,
      code: "is",
      raw: introduced,
      versionDate: "2025-03-04",
      sourceUrl: "https://www.govinfo.gov/content/pkg/BILLS-119s9999is/xml/BILLS-119s9999is.xml",
    });
    expect(result).toMatchObject({ ok: true, value: { code: "is", name: "Introduced in Senate", outcome: "imported", parts: 16 } });
    if (!result.ok) return;
    expect(result.value.revalidate).toContain(`bill:${bill.slug}`);

    const stored = await db.billTextVersion.findUniqueOrThrow({ where: { id: result.value.id } });
    expect(stored).toMatchObject({ billId: bill.id, code: "is", format: "congress_bill_xml", raw: introduced, sha256: result.value.sha256 });
    expect(stored.versionDate?.toISOString().slice(0, 10)).toBe("2025-03-04");
    expect((stored.tree as unknown as TextTree).body.map((node) => node.id)).toEqual(["sec-1", "sec-2", "sec-3", "sec-4"]);

    const [row] = await auditRows(bill.id);
    expect(row).toMatchObject({ action: "textVersion.imported", actorId: editor.id, entityId: stored.id });
    expect(JSON.stringify(row?.after)).not.toContain("Fixture Online Safety Act");
  });

  it("does nothing when the same file is imported again for the same version", async () => {
    const { editor, bill } = await setUp();
    await importTextVersion(editor.principal, { billSlug: bill.slug, code: "is", raw: introduced });
    const again = await importTextVersion(editor.principal, { billSlug: bill.slug, code: "is", raw: introduced });
    expect(again).toMatchObject({ ok: true, value: { outcome: "unchanged", revalidate: [] } });
    expect(await auditRows(bill.id)).toHaveLength(1);
  });

  it("refuses a different file for a version already imported, unless told to replace it", async () => {
    const { editor, bill } = await setUp();
    await importTextVersion(editor.principal, { billSlug: bill.slug, code: "is", raw: introduced });
    const changed = introduced.replace("1,000,000 monthly users", "2,000,000 monthly users");

    const refused = await importTextVersion(editor.principal, { billSlug: bill.slug, code: "is", raw: changed });
    expect(refused).toMatchObject({ ok: false, error: { code: "conflict", message: expect.stringMatching(/already imported from a different file.*--replace/) } });
    expect((await db.billTextVersion.findFirstOrThrow({ where: { billId: bill.id } })).raw).toBe(introduced);

    const replaced = await importTextVersion(editor.principal, { billSlug: bill.slug, code: "is", raw: changed, replace: true });
    expect(replaced).toMatchObject({ ok: true, value: { outcome: "replaced" } });
    expect((await db.billTextVersion.findFirstOrThrow({ where: { billId: bill.id } })).raw).toBe(changed);
    expect((await auditRows(bill.id)).map((row) => row.action)).toEqual(["textVersion.imported", "textVersion.replaced"]);
  });

  it("keeps two versions of one bill side by side, listed for the back office in the order they were made", async () => {
    const { editor, bill } = await setUp();
    expect(await importTextVersion(editor.principal, { billSlug: bill.slug, code: "rs", raw: reported, versionDate: "2025-06-01" })).toMatchObject({ ok: true });
    expect(await importTextVersion(editor.principal, { billSlug: bill.slug, code: "is", raw: introduced, versionDate: "2025-03-04", sourceUrl: "https://www.govinfo.gov/a" })).toMatchObject({ ok: true });
    expect(await listImportedTextVersions(db, bill.id)).toEqual([
      { code: "is", name: "Introduced in Senate", versionDate: "2025-03-04", format: "congress_bill_xml", sourceUrl: "https://www.govinfo.gov/a", importedAt: expect.any(String) },
      { code: "rs", name: "Reported in Senate", versionDate: "2025-06-01", format: "congress_bill_xml", sourceUrl: null, importedAt: expect.any(String) },
    ]);
  });

  it("stores a second version's change summary against the bill's latest earlier version, and none for the first", async () => {
    const { editor, bill } = await setUp();
    await importTextVersion(editor.principal, { billSlug: bill.slug, code: "is", raw: introduced, versionDate: "2025-03-04" });
    await importTextVersion(editor.principal, { billSlug: bill.slug, code: "rs", raw: reported, versionDate: "2025-06-10" });
    const versions = await db.billTextVersion.findMany({ where: { billId: bill.id }, orderBy: { code: "asc" }, select: { code: true, comparedWithCode: true, changeSummary: true } });
    expect(versions).toEqual([
      { code: "is", comparedWithCode: null, changeSummary: null },
      { code: "rs", comparedWithCode: "is", changeSummary: "2 sections changed, 1 added, 2 renumbered" },
    ]);
  });

  it.each([
    ["a file that says it is another version", { code: "is", raw: reported }, "code", /The file says it is Reported in Senate \(rs\), not Introduced in Senate \(is\)/],
    ["a file that is not XML", { code: "is", raw: "%PDF-1.7 binary" }, "raw", /not XML/],
    ["XML that is not a bill", { code: "is", raw: "<rss><channel/></rss>" }, "raw", /outermost element is <rss>/],
    ["an HTML page with no section", { code: "is", raw: "<html><body><p>Press release.</p></body></html>" }, "raw", /No section was found/],
    ["a bill with no sections", { code: "is", raw: "<bill><legis-body></legis-body></bill>" }, "raw", /has no <section>/],
    ["a code no legislature uses", { code: "zz", raw: introduced }, "code", /not a version code/],
    ["a UK version for a US bill", { code: "uk-introduced", raw: "<bill><legis-body><section><enum>1.</enum><text>T.</text></section></legis-body></bill>" }, "code", /not a version of a bill of this legislature/],
    ["a date that is not a day", { code: "is", raw: introduced, versionDate: "2025-02-30" }, "versionDate", /YYYY-MM-DD/],
  ])("refuses %s, saying why, and imports nothing", async (_case, input, field, message) => {
    const { editor, bill } = await setUp();
    const result = await importTextVersion(editor.principal, { billSlug: bill.slug, ...input });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe("validation");
    expect(result.error.fieldErrors?.[field]?.[0]).toMatch(message);
    expect(await db.billTextVersion.count({ where: { billId: bill.id } })).toBe(0);
    expect(await auditRows(bill.id)).toHaveLength(0);
  });

  it("says when no bill has the web address given", async () => {
    const { editor } = await setUp();
    expect(await importTextVersion(editor.principal, { billSlug: "no-such-bill", code: "is", raw: introduced })).toMatchObject({
      ok: false,
      error: { code: "not_found", message: expect.stringContaining("no-such-bill") },
    });
  });
});

describe("importing a version published only as HTML", () => {
  it("keeps it with its tree marked as extracted from HTML", async () => {
    const { editor, bill } = await setUp();
    expect(await importTextVersion(editor.principal, { billSlug: bill.slug, code: "is", raw: fixture("fixture-act-is.htm") })).toMatchObject({ ok: true, value: { parts: 12 } });
    const stored = await db.billTextVersion.findFirstOrThrow({ where: { billId: bill.id } });
    expect(stored.format).toBe("html");
    expect(stored.tree).toMatchObject({ extractedFromHtml: true });
  });
});

describe("importing an enrolled bill in USLM", () => {
  it("reads it with the USLM parser, and holds it to the version its docStage names", async () => {
    const { editor, bill } = await setUp();
    const enrolled = fixture("fixture-act-enr-uslm.xml");
    expect(await importTextVersion(editor.principal, { billSlug: bill.slug, code: "es", raw: enrolled })).toMatchObject({
      ok: false,
      error: { fieldErrors: { code: [expect.stringContaining("The file says it is Enrolled Bill (enr)")] } },
    });
    expect(await importTextVersion(editor.principal, { billSlug: bill.slug, code: "enr", raw: enrolled })).toMatchObject({ ok: true, value: { outcome: "imported", parts: 16 } });
    expect(await db.billTextVersion.findFirstOrThrow({ where: { billId: bill.id } })).toMatchObject({ code: "enr", format: "uslm_xml" });
  });
});

describe("importing a UK bill's prints and its Act", () => {
  async function setUpUk() {
    const editor = await makeUser("editor");
    const bill = await makeBill({ state: "published", jurisdiction: "uk", events: [{ occurredOn: "2026-01-14", stage: "first_reading", chamber: "commons" }] });
    return { editor, bill };
  }

  it("reads Lawmaker's Akoma Ntoso and legislation.gov.uk's CLML, each held to the version it declares", async () => {
    const { editor, bill } = await setUpUk();
    const amended = fixture("fixture-uk-bill-amended.akn.xml");
    expect(await importTextVersion(editor.principal, { billSlug: bill.slug, code: "uk-introduced", raw: fixture("fixture-uk-bill-introduced.akn.xml") })).toMatchObject({
      ok: true,
      value: { outcome: "imported", name: "As introduced", parts: 33 },
    });
    expect(await importTextVersion(editor.principal, { billSlug: bill.slug, code: "uk-introduced", raw: amended })).toMatchObject({
      ok: false,
      error: { fieldErrors: { code: [expect.stringContaining("The file says it is As amended in Public Bill Committee (uk-pbc-amended)")] } },
    });
    expect(await importTextVersion(editor.principal, { billSlug: bill.slug, code: "uk-pbc-amended", raw: amended })).toMatchObject({ ok: true, value: { parts: 35 } });
    expect(await importTextVersion(editor.principal, { billSlug: bill.slug, code: "uk-enacted", raw: fixture("fixture-uk-act-enacted.clml.xml") })).toMatchObject({ ok: true, value: { parts: 35 } });

    const stored = await db.billTextVersion.findMany({ where: { billId: bill.id }, orderBy: { code: "asc" }, select: { code: true, format: true, tree: true } });
    expect(stored.map(({ code, format }) => ({ code, format }))).toEqual([
      { code: "uk-enacted", format: "clml_xml" },
      { code: "uk-introduced", format: "akoma_ntoso_xml" },
      { code: "uk-pbc-amended", format: "akoma_ntoso_xml" },
    ]);
    expect((stored[2]?.tree as unknown as TextTree).body.map((node) => node.id)).toEqual(["part-1", "part-2", "part-3", "sch-1", "sch-2"]);
  });

  it.each([
    ["an Akoma Ntoso file with no clauses", `<akomaNtoso xmlns="http://docs.oasis-open.org/legaldocml/ns/akn/3.0"><bill><body><part><num>Part 1</num></part></body></bill></akomaNtoso>`, /has no <section>/],
    ["a list of amendments", `<akomaNtoso xmlns="http://docs.oasis-open.org/legaldocml/ns/akn/3.0"><amendmentList/></akomaNtoso>`, /not a <bill> or <act>/],
    ["an Act's revised text", fixture("fixture-uk-act-enacted.clml.xml").replace('Value="final"', 'Value="revised"'), /revised text of the Act/],
    ["CLML with no body", `<Legislation xmlns="http://www.legislation.gov.uk/namespaces/legislation"><Primary/></Legislation>`, /has no <Body>/],
  ])("refuses %s, saying why, and imports nothing", async (_case, raw, message) => {
    const { editor, bill } = await setUpUk();
    const result = await importTextVersion(editor.principal, { billSlug: bill.slug, code: "uk-enacted", raw });
    expect(result).toMatchObject({ ok: false, error: { code: "validation", fieldErrors: { raw: [expect.stringMatching(message)] } } });
    expect(await db.billTextVersion.count({ where: { billId: bill.id } })).toBe(0);
    expect(await auditRows(bill.id)).toHaveLength(0);
  });
});
