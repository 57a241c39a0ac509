import { z } from "zod";

import type { OfficialItem, ParseResult } from "../types";

import { mapUkStage, type UkHouse } from "./rules";

// Reads GET /api/v1/Bills/{billId}/Stages (schema StageSummarySearchResult): every stage the bill
// has had or has scheduled, each with its sittings. A stage becomes one item, dated by its first
// sitting; one with no sitting yet is not news.

const houses = ["All", "Commons", "Lords", "Unassigned"] as const;

const stageSchema = z.object({
  id: z.number().int(),
  description: z.string().nullable(),
  house: z.enum(houses),
  sortOrder: z.number().int(),
  stageSittings: z.array(z.object({ date: z.string().nullable() })).nullable(),
});

const answerSchema = z.object({ items: z.array(z.unknown()).nullable() });

const HOUSE_NAMES: Record<UkHouse, string> = { Commons: "House of Commons", Lords: "House of Lords", All: "both Houses", Unassigned: "Parliament" };

export function parseUkStages(body: unknown, billId: number): ParseResult {
  const answer = answerSchema.safeParse(body);
  if (!answer.success) return { ok: false, message: "The answer has no list of stages." };
  const stages = (answer.data.items ?? []).flatMap((raw) => {
    const parsed = stageSchema.safeParse(raw);
    return parsed.success ? [parsed.data] : [];
  });
  const ordered = [...stages].sort((a, b) => a.sortOrder - b.sortOrder);
  const firstHouse = ordered.find((stage) => /^1st reading/i.test(stage.description ?? ""))?.house ?? ordered.find((stage) => stage.house === "Commons" || stage.house === "Lords")?.house ?? "Commons";
  const items: OfficialItem[] = [];
  for (const stage of ordered) {
    const days = (stage.stageSittings ?? []).flatMap((sitting) => (sitting.date && /^\d{4}-\d{2}-\d{2}/.test(sitting.date) ? [sitting.date.slice(0, 10)] : [])).sort();
    const first = days[0];
    const last = days.at(-1);
    if (!first || !last || !stage.description) continue;
    const span = days.length > 1 ? ` (${days.length} sittings, ${first} to ${last})` : "";
    items.push({
      itemKey: `uk-bills:${billId}:${stage.id}`,
      occurredOn: first,
      description: `${stage.description}, ${HOUSE_NAMES[stage.house]}${span}.`,
      sourceUrl: `https://bills.parliament.uk/bills/${billId}/stages/${stage.id}`,
      urlIdentifiesItem: true,
      billNumber: null,
      mapping: mapUkStage(stage.description, stage.house, firstHouse),
      rank: 0,
    });
  }
  return { ok: true, items };
}
