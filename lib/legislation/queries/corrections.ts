import "server-only";

import type { Database } from "@/lib/db/client";

import { toDay } from "../dates";
import { describeChanges, type EventChange } from "../event-changes";
import { eventFactsSelect } from "../model-events";
import { eventTitle } from "../process";
import { publicBillWhere } from "../visibility";

// Every correction and retraction of a public bill's history, newest first: the public record
// of what was wrong and what changed. Corrections are rare, so the list is not paginated.

interface EventSummary {
  id: string;
  occurredOn: string;
  stageLabel: string;
  description: string;
}

export interface CorrectionEntry {
  kind: "correction" | "retraction";
  /** When the correction or retraction was recorded (ISO timestamp). */
  recordedAt: string;
  bill: { slug: string; shortTitle: string };
  /** The correcting event, or the retracted one. */
  event: EventSummary;
  /** For a correction: the event it corrects, and what changed. */
  corrects: EventSummary | null;
  changes: EventChange[];
  /** For a retraction: why. */
  reason: string | null;
}

const eventFields = { ...eventFactsSelect, id: true, note: true } as const;

/** All corrections and retractions of public bills, newest first. Three queries. */
export async function listCorrections(db: Database, now: Date = new Date()): Promise<CorrectionEntry[]> {
  const rows = await db.statusEvent.findMany({
    where: { bill: publicBillWhere(now), OR: [{ correctsId: { not: null } }, { retractedAt: { not: null } }] },
    select: {
      ...eventFields,
      createdAt: true,
      retractedAt: true,
      retractionReason: true,
      corrects: { select: eventFields },
      bill: { select: { slug: true, shortTitle: true, jurisdiction: true, region: true } },
    },
  });

  const entries = rows.flatMap((row): CorrectionEntry[] => {
    const jurisdiction = row.bill.jurisdiction;
    const summary = (event: typeof row | NonNullable<typeof row.corrects>): EventSummary => ({
      id: event.id,
      occurredOn: toDay(event.occurredOn),
      stageLabel: eventTitle(jurisdiction, event, row.bill.region),
      description: event.description,
    });
    const comparable = (event: typeof row | NonNullable<typeof row.corrects>) => ({ ...event, occurredOn: toDay(event.occurredOn) });
    const bill = { slug: row.bill.slug, shortTitle: row.bill.shortTitle };
    const found: CorrectionEntry[] = [];
    if (row.corrects) {
      found.push({
        kind: "correction",
        recordedAt: row.createdAt.toISOString(),
        bill,
        event: summary(row),
        corrects: summary(row.corrects),
        changes: describeChanges(jurisdiction, comparable(row.corrects), comparable(row), row.bill.region),
        reason: null,
      });
    }
    if (row.retractedAt) {
      found.push({
        kind: "retraction",
        recordedAt: row.retractedAt.toISOString(),
        bill,
        event: summary(row),
        corrects: null,
        changes: [],
        reason: row.retractionReason,
      });
    }
    return found;
  });
  return entries.sort((a, b) => b.recordedAt.localeCompare(a.recordedAt));
}
