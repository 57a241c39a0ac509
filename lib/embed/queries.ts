import "server-only";

import type { Database } from "@/lib/db/client";
import { toDay } from "@/lib/legislation/dates";
import { effectiveOf } from "@/lib/legislation/effective";
import { modelEventSelect, toModelEvent } from "@/lib/legislation/model-events";
import { modelOf, type PhaseCode } from "@/lib/legislation/process";
import { deriveStatus } from "@/lib/legislation/process/status";
import { publicBillWithSlug } from "@/lib/legislation/visibility";

// What the embeddable widget shows: where a bill stands in a sentence, each path as a compact
// bar, and its latest effective event. A plain, serialisable object.

export interface EmbedStep {
  label: string;
  state: "done" | "current" | "todo";
}

export interface EmbedPath {
  label: string;
  steps: EmbedStep[];
}

export interface EmbedBill {
  slug: string;
  shortTitle: string;
  jurisdiction: string;
  numbers: string[];
  phase: PhaseCode;
  sentence: string;
  paths: EmbedPath[];
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
      region: true,
      numbers: true,
      session: true,
      verifiedOn: true,
      events: { select: { ...modelEventSelect, description: true, sourceUrl: true, sourceKind: true } },
    },
  });
  if (!bill) return null;

  const effective = effectiveOf(bill.events);
  const status = deriveStatus(modelOf(bill.jurisdiction), effective.map(toModelEvent), bill, { now });
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
    phase: status.phase,
    sentence: status.sentence || "No status recorded yet",
    paths: status.paths.map((path) => ({
      label: path.label,
      steps: path.slots.map((slot) => ({ label: slot.label, state: slot.status === "current" ? "current" : slot.status === "done" ? "done" : "todo" })),
    })),
    latest: latest
      ? { occurredOn: toDay(latest.occurredOn), description: latest.description, sourceUrl: latest.sourceUrl, sourceKind: latest.sourceKind }
      : null,
    verifiedOn: bill.verifiedOn ? toDay(bill.verifiedOn) : null,
  };
}
