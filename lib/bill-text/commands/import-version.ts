import "server-only";

import { createHash } from "node:crypto";

import { enqueueTextVersionImported } from "@/lib/alerts/enqueue-text-version";
import { systemActor, writeAudit, type AuditActor } from "@/lib/audit/write";
import { authorize, type Principal } from "@/lib/auth/authorize";
import { db } from "@/lib/db/client";
import type { BillTextVersion, Prisma } from "@/lib/db/generated/client";
import { announce, type Changed } from "@/lib/legislation/commands/shared";
import { parseDay, toDay } from "@/lib/legislation/dates";
import { failure, fieldFailure, ok, type Result } from "@/lib/result";
import { validationFailure } from "@/lib/validation";

import { findEarlierVersion, summariseChange, type ChangeSummary } from "../change-summary";
import { parseTextFile } from "../formats";
import { importTextVersionSchema } from "../schema";
import { TextParseError, walk } from "../tree";
import { textVersionKind, textVersionsOf } from "../versions";

export interface ImportedTextVersion extends Changed {
  id: string;
  code: string;
  name: string;
  /** "unchanged": this very file was already imported for the code, so nothing was written. */
  outcome: "imported" | "replaced" | "unchanged";
  sha256: string;
  /** How many parts (sections, subsections, …) the tree has. */
  parts: number;
  /** What changed since the bill's earlier version, when it has one and a file was written. */
  change: ChangeSummary | null;
}

/** A version as the audit log keeps it: never the file itself, which can run to megabytes. */
function textVersionAuditView(version: BillTextVersion) {
  return {
    billId: version.billId,
    code: version.code,
    name: version.name,
    versionDate: version.versionDate ? toDay(version.versionDate) : null,
    sourceUrl: version.sourceUrl,
    format: version.format,
    sha256: version.sha256,
  };
}

/**
 * Import one official version of a bill's text from its file: parse it, keep the file and its
 * section tree. The same file again does nothing; a different file for a code already imported
 * is refused unless `replace` is set.
 */
export async function importTextVersion(principal: Principal | null, input: unknown): Promise<Result<ImportedTextVersion>> {
  const auth = await authorize(principal, "import:billText:any");
  if (!auth.ok) return auth;
  return writeTextVersion(auth.value, input);
}

/**
 * The same import by whoever runs `npm run text:import` on the server without naming an account:
 * shell access to the server is an operator's authority, as for `npm run user:create`, and the
 * audit log names the command line as the actor.
 */
export async function importTextVersionAsOperator(input: unknown): Promise<Result<ImportedTextVersion>> {
  return writeTextVersion(systemActor("command line (text:import)"), input);
}

async function writeTextVersion(actor: AuditActor, input: unknown): Promise<Result<ImportedTextVersion>> {
  const parsed = importTextVersionSchema.safeParse(input);
  if (!parsed.success) return validationFailure(parsed.error);
  const { billSlug, code, raw, versionDate, sourceUrl, replace } = parsed.data;
  // The schema's enum holds only known codes.
  const kind = textVersionKind(code)!;

  let file;
  try {
    file = parseTextFile(raw);
  } catch (error) {
    if (error instanceof TextParseError) return fieldFailure("raw", error.message);
    throw error;
  }
  const fileKind = file.declaredCode ? textVersionKind(file.declaredCode) : undefined;
  if (fileKind && fileKind.code !== code) {
    return fieldFailure(
      "code",
      `The file says it is ${fileKind.name} (${fileKind.code}), not ${kind.name} (${code}). Import it as ${fileKind.code}, or choose the ${code} file.`,
    );
  }
  const sha256 = createHash("sha256").update(raw, "utf8").digest("hex");
  const parts = [...walk(file.tree.body)].length;
  // The redline is CPU work: drawn before the transaction, so the bill's row lock is held briefly.
  const expectedEarlier = await findEarlierVersion(db, { billSlug }, code);
  const precomputed = expectedEarlier ? await summariseChange(db, expectedEarlier, { sha256, tree: file.tree }) : null;

  return db.$transaction(async (tx) => {
    // Imports of one bill run one after another, so two at once cannot both find no version.
    const [bill] = await tx.$queryRaw<{ id: string; slug: string; state: "draft" | "scheduled" | "published"; jurisdiction: string }[]>`
      SELECT "id", "slug", "state"::text AS "state", "jurisdiction" FROM "Bill" WHERE "slug" = ${billSlug} FOR NO KEY UPDATE`;
    if (!bill) return failure("not_found", `No bill has the web address “${billSlug}”. Check it on the bill's page, for example stop-csam-act.`);
    if (!textVersionsOf(bill.jurisdiction).includes(kind)) {
      return fieldFailure("code", `${code} (${kind.name}) is not a version of a bill of this legislature. Choose one of its own codes.`);
    }

    const existing = await tx.billTextVersion.findUnique({ where: { billId_code: { billId: bill.id, code } } });
    if (existing?.sha256 === sha256) {
      return ok({ id: existing.id, code, name: existing.name, outcome: "unchanged" as const, sha256, parts, change: null, revalidate: [] });
    }
    if (existing && !replace) {
      return failure(
        "conflict",
        `Version ${code} of this bill was already imported from a different file (SHA-256 ${existing.sha256.slice(0, 12)}…). To put this file in its place, import it again with replace: tick “Replace the file already imported for this version” in the back office, or add --replace on the command line.`,
      );
    }

    const earlier = await findEarlierVersion(tx, { billId: bill.id }, code);
    let change: ChangeSummary | null = null;
    if (earlier) {
      // Another import of this bill may have committed in between; then the redline is drawn again here.
      const unchanged = precomputed && earlier.id === expectedEarlier?.id && earlier.sha256 === expectedEarlier.sha256;
      change = unchanged ? precomputed : await summariseChange(tx, earlier, { sha256, tree: file.tree });
    }

    const data = {
      name: kind.name,
      versionDate: versionDate ? parseDay(versionDate) : null,
      sourceUrl,
      format: file.format,
      sha256,
      raw,
      tree: file.tree as unknown as Prisma.InputJsonValue,
      importedAt: new Date(),
      comparedWithCode: change?.comparedWithCode ?? null,
      changeSummary: change?.changeSummary ?? null,
    };
    const version = existing
      ? await tx.billTextVersion.update({ where: { id: existing.id }, data })
      : await tx.billTextVersion.create({ data: { ...data, billId: bill.id, code } });
    const action = existing ? "textVersion.replaced" : "textVersion.imported";
    const auditId = await writeAudit(tx, {
      actor,
      action,
      entityType: "textVersion",
      entityId: version.id,
      ...(existing ? { before: textVersionAuditView(existing) } : {}),
      after: { ...textVersionAuditView(version), parts },
    });
    // A new version is news to subscribers; a replacement file for one already announced is a
    // correction, which its feed entry shows, not a second alert.
    if (!existing) await enqueueTextVersionImported(tx, version.id);
    const revalidate = await announce(tx, { kind: "billPart", bill: { slug: bill.slug, state: bill.state } }, { kind: action, auditId, slug: bill.slug });
    return ok({ id: version.id, code, name: kind.name, outcome: existing ? ("replaced" as const) : ("imported" as const), sha256, parts, change, revalidate });
  });
}
