import "server-only";

import type { Database } from "@/lib/db/client";
import { currentStage } from "@/lib/legislation/current-stage";
import { toDay } from "@/lib/legislation/dates";
import { catalogues, outcomeGroup, stageLabel, type OutcomeGroup } from "@/lib/legislation/stages";
import { publicBillWithSlug } from "@/lib/legislation/visibility";

// What the embeddable widget shows: where a bill stands, drawn as a compact tracker from the
// stage catalogue, and its latest effective event. A plain, serialisable object.

export interface EmbedStep {
  label: string;
  /** For UK bills: which House the step belongs to, so "Second reading" is not ambiguous. */
  house: "first" | "second" | null;
  state: "done" | "current" | "todo";
}

export interface EmbedBill {
  slug: string;
  shortTitle: string;
  jurisdiction: "us" | "uk";
  numbers: string[];
  stageLabel: string;
  outcome: OutcomeGroup;
  steps: EmbedStep[];
  /** A way the journey ended without becoming law (veto, lapse), shown after the steps. */
  ending: string | null;
  latest: { occurredOn: string; description: string; sourceUrl: string; sourceKind: "official" | "secondary" } | null;
  verifiedOn: string | null;
}

export async function getEmbedBill(db: Database, slug: string, now: Date = new Date()): Promise<EmbedBill | null> {
  const bill = await db.bill.findFirst({
    where: publicBillWithSlug(slug, now),
    select: {
      slug: true,
      shortTitle: true,
      jurisdiction: true,
      numbers: true,
      verifiedOn: true,
      events: {
        select: {
          id: true,
          stage: true,
          occurredOn: true,
          createdAt: true,
          retractedAt: true,
          correctsId: true,
          description: true,
          sourceUrl: true,
          sourceKind: true,
        },
      },
    },
  });
  if (!bill) return null;

  const corrected = new Set(bill.events.flatMap((event) => (event.correctsId ? [event.correctsId] : [])));
  const events = bill.events.map((event) => ({ ...event, superseded: corrected.has(event.id) }));
  const effective = events.filter((event) => !event.retractedAt && !event.superseded);
  const current = currentStage(bill.jurisdiction, events);
  const catalogue = catalogues[bill.jurisdiction];
  const reachedRanks = effective.flatMap((event) => catalogue.steps.filter((step) => step.code === event.stage).map((step) => step.rank));
  const furthest = reachedRanks.length ? Math.max(...reachedRanks) : 0;
  const endedOutside = current && !catalogue.steps.some((step) => step.code === current.stage.code) ? current.stage : null;
  const latest = effective.reduce<(typeof effective)[number] | null>(
    (newest, event) =>
      !newest || event.occurredOn > newest.occurredOn || (event.occurredOn.getTime() === newest.occurredOn.getTime() && event.createdAt > newest.createdAt)
        ? event
        : newest,
    null,
  );

  return {
    slug: bill.slug,
    shortTitle: bill.shortTitle,
    jurisdiction: bill.jurisdiction,
    numbers: bill.numbers,
    stageLabel: current ? stageLabel(bill.jurisdiction, current.stage.code) : "No status recorded yet",
    outcome: outcomeGroup(bill.jurisdiction, current?.stage.code ?? null),
    steps: catalogue.steps.map((step) => ({
      label: step.label,
      house: step.house ?? null,
      state: step.rank < furthest || (step.rank === furthest && endedOutside) ? "done" : step.rank === furthest ? "current" : "todo",
    })),
    ending: endedOutside?.label ?? null,
    latest: latest
      ? { occurredOn: toDay(latest.occurredOn), description: latest.description, sourceUrl: latest.sourceUrl, sourceKind: latest.sourceKind }
      : null,
    verifiedOn: bill.verifiedOn ? toDay(bill.verifiedOn) : null,
  };
}
