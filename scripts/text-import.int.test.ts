import { spawn } from "node:child_process";
import { mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";

import { describe, expect, it } from "vitest";

import { db } from "@/lib/db/client";
import { makeUser } from "@/lib/testing/users";
import { makeBill } from "@/prisma/seed/make-bill";

// `npm run text:import` end to end, against this file's own database: what it prints, its exit
// status, and what it leaves in the database. Each run starts a Node process, so the tests get
// more time than the default.

const SLOW = { timeout: 180_000 };

const fixtures = path.join(import.meta.dirname, "../lib/bill-text/fixtures");

function runImport(args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ["--conditions=react-server", "--import", "tsx", "scripts/text-import.ts", ...args], {
      env: { ...process.env, DATABASE_URL: process.env.DATABASE_URL },
    });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
    child.on("exit", (code) => resolve({ code, stdout, stderr }));
  });
}

function expectOneSentence(result: { code: number | null; stderr: string }, pattern: RegExp) {
  expect(result.code).toBe(1);
  expect(result.stderr.trim().split("\n")).toHaveLength(1);
  expect(result.stderr).toMatch(/^Error: /);
  expect(result.stderr).toMatch(pattern);
}

describe("npm run text:import", () => {
  it("imports two versions of a bill from their files, then recognises the same file again", SLOW, async () => {
    const editor = await makeUser("editor");
    const bill = await makeBill({ state: "published" });
    const common = ["--bill", bill.slug, "--as", editor.email.toUpperCase()];

    const first = await runImport([...common, "--version", "is", "--file", path.join(fixtures, "fixture-act-is.xml"), "--date", "2025-03-04", "--source", "https://www.govinfo.gov/app/details/BILLS-119s9999is"]);
    expect(first.stderr).toBe("");
    expect(first.code).toBe(0);
    expect(first.stdout).toMatch(/Imported Introduced in Senate \(is\) of .+: 16 parts/);

    const second = await runImport([...common, "--version", "rs", "--file", path.join(fixtures, "fixture-act-rs.xml")]);
    expect(second.code).toBe(0);
    expect(second.stdout).toMatch(/Imported Reported in Senate \(rs\)/);
    expect(second.stdout).toContain("Compared with Introduced in Senate (is): 2 sections changed, 1 added, 2 renumbered.");

    const again = await runImport([...common, "--version", "is", "--file", path.join(fixtures, "fixture-act-is.xml")]);
    expect(again.code).toBe(0);
    expect(again.stdout).toMatch(/already this file .*nothing to do/);

    const versions = await db.billTextVersion.findMany({ where: { billId: bill.id }, orderBy: { code: "asc" }, select: { code: true, sourceUrl: true } });
    expect(versions).toEqual([
      { code: "is", sourceUrl: "https://www.govinfo.gov/app/details/BILLS-119s9999is" },
      { code: "rs", sourceUrl: null },
    ]);
    expect(await db.auditLog.count({ where: { entityType: "textVersion", actorId: editor.id } })).toBe(2);
  });

  it("imports as the command line when no account is named, as user:create does", SLOW, async () => {
    const bill = await makeBill();
    const result = await runImport(["--bill", bill.slug, "--version", "is", "--file", path.join(fixtures, "fixture-act-is.xml")]);
    expect(result.stderr).toBe("");
    expect(result.code).toBe(0);
    const version = await db.billTextVersion.findUniqueOrThrow({ where: { billId_code: { billId: bill.id, code: "is" } } });
    expect(await db.auditLog.findMany({ where: { entityType: "textVersion", entityId: version.id }, select: { actorId: true, actorEmail: true, action: true } })).toEqual([
      { actorId: null, actorEmail: "command line (text:import)", action: "textVersion.imported" },
    ]);
  });

  it("refuses bad files and bad arguments in one sentence, importing nothing", SLOW, async () => {
    const editor = await makeUser("editor");
    const bill = await makeBill();
    const folder = await mkdtemp(path.join(tmpdir(), "text-import-"));
    const notXml = path.join(folder, "bill.pdf");
    await writeFile(notXml, "%PDF-1.7 not a bill");
    const common = ["--bill", bill.slug, "--as", editor.email, "--version", "is"];

    expectOneSentence(await runImport([...common, "--file", notXml]), /The file is not XML/);
    expectOneSentence(await runImport([...common, "--file", path.join(fixtures, "fixture-act-rs.xml")]), /The file says it is Reported in Senate \(rs\)/);
    expectOneSentence(await runImport([...common, "--file", path.join(folder, "missing.xml")]), /There is no file at/);
    expectOneSentence(await runImport(["--bill", bill.slug, "--version", "is"]), /^Error: Usage: npm run text:import/);
    expectOneSentence(await runImport(["--bill", bill.slug, "--as", "nobody@example.org", "--version", "is", "--file", path.join(fixtures, "fixture-act-is.xml")]), /There is no account nobody@example.org/);
    expect(await db.billTextVersion.count({ where: { billId: bill.id } })).toBe(0);
  });
});
