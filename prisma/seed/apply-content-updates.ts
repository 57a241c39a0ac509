import { systemActor, writeAudit } from "@/lib/audit/write";
import type { Prisma } from "@/lib/db/generated/client";
import { deriveBillStage } from "@/lib/legislation/bill-stage";
import { effectiveOf } from "@/lib/legislation/effective";
import { formatIsoDay, parseDay, toDay } from "@/lib/legislation/dates";
import { eventFactsSelect, modelEventSelect } from "@/lib/legislation/model-events";
import { eventTitle } from "@/lib/legislation/process";
import { billSnapshot } from "@/lib/legislation/snapshot";
import { notifyChange } from "@/lib/live/notify";

import type { SeedEvent } from "./content";
import { contentUpdates, type ContentChange, type ContentUpdate, type EventMatch } from "./content-updates";

// Applies content-updates.ts to a database seeded before them, each update once (its audit row
// says it is done). Runs inside the seed's transaction and lock.

type Tx = Prisma.TransactionClient;

export interface UpdateReport {
  id: string;
  /** What was changed, one line each. */
  applied: string[];
  /** Seeded facts an editor has changed since, left as the editor made them. */
  leftAlone: string[];
}

const APPLIED = "content.updated";

function day(value: string): Date {
  const parsed = parseDay(value);
  if (!parsed) throw new Error(`Not a calendar day: ${value}`);
  return parsed;
}

function eventData(event: SeedEvent) {
  return {
    path: event.path,
    stage: event.stage,
    occurredOn: day(event.occurredOn),
    chamber: event.chamber,
    billNumber: event.billNumber ?? null,
    attemptFailed: event.attemptFailed ?? false,
    body: event.body ?? null,
    subject: event.subject ?? null,
    provisions: event.provisions ?? null,
    description: event.description,
    vote: event.vote,
    sourceUrl: event.sourceUrl,
    sourceKind: event.sourceKind,
    note: event.note,
  };
}

interface StoredRow {
  id: string;
  path: string;
  stage: string;
  occurredOn: Date;
  chamber: string | null;
  billNumber: string | null;
  attemptFailed: boolean;
  body: string | null;
  subject: string | null;
  provisions: string | null;
  description: string;
  vote: string | null;
  sourceUrl: string;
  sourceKind: string;
  recordedById: string | null;
  retractedAt: Date | null;
  correctsId: string | null;
}

/** Whether the stored event already says everything the content says (a correction's note aside, which says why). */
function hasFacts(row: StoredRow, event: SeedEvent): boolean {
  const data = eventData(event);
  return (
    matches(row, asMatch(event)) &&
    row.chamber === data.chamber &&
    row.billNumber === data.billNumber &&
    row.attemptFailed === data.attemptFailed &&
    row.body === data.body &&
    row.subject === data.subject &&
    row.provisions === data.provisions &&
    row.vote === data.vote &&
    row.sourceKind === data.sourceKind
  );
}

function matches(row: StoredRow, match: EventMatch): boolean {
  return (
    toDay(row.occurredOn) === match.occurredOn &&
    row.path === match.path &&
    row.stage === match.stage &&
    row.sourceUrl === match.sourceUrl &&
    row.description === match.description
  );
}

function asMatch(event: SeedEvent): EventMatch {
  return { occurredOn: event.occurredOn, path: event.path, stage: event.stage, sourceUrl: event.sourceUrl, description: event.description };
}

async function applyChange(
  tx: Tx,
  update: ContentUpdate,
  change: ContentChange,
  report: UpdateReport,
  touched: Map<string, { id: string; slug: string; auditId: number }>,
): Promise<void> {
  const actor = systemActor(`content update ${update.id}`);
  if (change.kind === "split-statistic") {
    const old = await tx.statistic.findFirst({ where: { label: change.from.label, value: change.from.value } });
    if (!old) {
      const already = await tx.statistic.count({ where: { label: { in: change.to.map((figure) => figure.label) } } });
      if (already < change.to.length) report.leftAlone.push(`The figure “${change.from.label}” was changed since it was seeded.`);
      return;
    }
    await tx.statistic.delete({ where: { id: old.id } });
    await writeAudit(tx, { actor, action: "statistic.deleted", entityType: "statistic", entityId: old.id, before: { label: old.label, value: old.value } });
    for (const figure of change.to) {
      const created = await tx.statistic.create({ data: { ...figure, position: old.position } });
      await writeAudit(tx, { actor, action: "statistic.created", entityType: "statistic", entityId: created.id, after: { ...figure, position: old.position } });
    }
    report.applied.push(`The figure “${change.from.label}” is now ${change.to.length} figures.`);
    return;
  }

  const bill = await tx.bill.findUnique({ where: { slug: change.slug } });
  if (!bill) {
    report.leftAlone.push(`${change.slug}: the bill is no longer in the database.`);
    return;
  }
  const mark = (auditId: number) => touched.set(bill.id, { id: bill.id, slug: bill.slug, auditId });

  if (change.kind === "verify") {
    const seededOn = "2026-11-25";
    const current = bill.verifiedOn ? toDay(bill.verifiedOn) : null;
    if (current === change.on) return;
    if (current !== seededOn) {
      report.leftAlone.push(`${bill.slug}: “facts last verified” was set by an editor (${current ? formatIsoDay(current) : "cleared"}).`);
      return;
    }
    const updated = await tx.bill.update({ where: { id: bill.id }, data: { verifiedOn: day(change.on), version: { increment: 1 } } });
    await tx.billRevision.create({ data: { billId: bill.id, version: updated.version, snapshot: billSnapshot(updated) } });
    mark(await writeAudit(tx, { actor, action: "bill.updated", entityType: "bill", entityId: bill.id, before: billSnapshot(bill), after: billSnapshot(updated) }));
    report.applied.push(`${bill.slug}: facts last verified ${formatIsoDay(change.on)}.`);
    return;
  }

  const rows: StoredRow[] = await tx.statusEvent.findMany({
    where: { billId: bill.id },
    select: { ...eventFactsSelect, id: true, recordedById: true, retractedAt: true, correctsId: true },
  });
  const effective = effectiveOf(rows);
  const target = change.kind === "add" ? change.event : change.to;
  const label = `${bill.slug}, ${formatIsoDay(target.occurredOn)}: ${eventTitle(bill.jurisdiction, target, bill.region)}`;
  if (effective.some((row) => hasFacts(row, target))) return;

  if (change.kind === "add") {
    if (rows.some((row) => matches(row, asMatch(target)))) {
      report.leftAlone.push(`${label} (an editor corrected or retracted it).`);
      return;
    }
    const created = await tx.statusEvent.create({ data: { ...eventData(target), billId: bill.id } });
    mark(await writeAudit(tx, { actor, action: "statusEvent.recorded", entityType: "statusEvent", entityId: created.id, after: { billId: bill.id, ...asMatch(target) } }));
    report.applied.push(`${label}: added.`);
    return;
  }

  const original = effective.find((row) => row.recordedById === null && matches(row, change.from));
  if (!original) {
    report.leftAlone.push(`${label}: changed by an editor since it was seeded.`);
    return;
  }
  const correction = await tx.statusEvent.create({
    data: { ...eventData(target), note: [target.note, change.why].filter(Boolean).join(" "), billId: bill.id, correctsId: original.id },
  });
  mark(
    await writeAudit(tx, {
      actor,
      action: "statusEvent.corrected",
      entityType: "statusEvent",
      entityId: correction.id,
      before: { billId: bill.id, ...change.from },
      after: { billId: bill.id, ...asMatch(target), note: correction.note },
    }),
  );
  report.applied.push(`${label}: corrected. ${change.why}`);
}

/**
 * Apply every content update not applied yet. On a fresh database (`fresh`: the seed has just
 * loaded content.ts as it is now) they are only marked as done.
 */
export async function applyContentUpdates(tx: Tx, { fresh }: { fresh: boolean }): Promise<UpdateReport[]> {
  const done = new Set(
    (await tx.auditLog.findMany({ where: { action: APPLIED }, select: { entityId: true } })).map((row) => row.entityId),
  );
  const reports: UpdateReport[] = [];
  for (const update of contentUpdates) {
    if (done.has(update.id)) continue;
    const report: UpdateReport = { id: update.id, applied: [], leftAlone: [] };
    const touched = new Map<string, { id: string; slug: string; auditId: number }>();
    if (!fresh) for (const change of update.changes) await applyChange(tx, update, change, report, touched);
    for (const bill of touched.values()) {
      const stored = await tx.bill.findUniqueOrThrow({ where: { id: bill.id } });
      const events = await tx.statusEvent.findMany({ where: { billId: bill.id }, select: modelEventSelect });
      await tx.bill.update({ where: { id: bill.id }, data: deriveBillStage(stored, events) });
      // Running instances expire their cached pages of the bill, as after any editor's change.
      await notifyChange(tx, { kind: APPLIED, slug: bill.slug, auditId: bill.auditId });
    }
    await writeAudit(tx, {
      actor: systemActor("seed"),
      action: APPLIED,
      entityType: "content",
      entityId: update.id,
      after: { summary: update.summary, fresh, applied: report.applied, leftAlone: report.leftAlone },
    });
    reports.push(report);
  }
  return reports;
}
