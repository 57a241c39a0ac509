import { createHash } from "node:crypto";

import { z } from "zod";

import type { OfficialItem, ParseResult } from "../types";

import { congressActionsPage, congressBillNumber, type CongressBill } from "./identifier";
import { actionRank, mapCongressAction, type CongressAction } from "./rules";

// Reads the answer of GET /v3/bill/{congress}/{type}/{number}/actions?format=json: an object
// with `actions` (newest first), `pagination` and `request` (Documentation/BillEndpoint.md).
// Only the fields the rules use are required; anything else the Library adds is ignored.

const actionSchema = z.object({
  actionCode: z.string().optional(),
  actionDate: z.iso.date(),
  text: z.string().min(1),
  type: z.string().optional(),
  sourceSystem: z.object({ code: z.union([z.number(), z.string()]).optional(), name: z.string().optional() }).optional(),
});

const answerSchema = z.object({ actions: z.array(z.unknown()) });

function keyOf(number: string, action: CongressAction): string {
  const wording = createHash("sha256").update(action.text.trim()).digest("hex").slice(0, 16);
  const system = action.sourceSystem?.code === undefined ? "-" : String(action.sourceSystem.code);
  return `congress:${number}:${action.actionDate}:${action.actionCode ?? "-"}:${system}:${wording}`;
}

/** The actions of one bill, each mapped; actions the answer spells wrongly are left out, not fatal. */
export function parseCongressActions(body: unknown, bill: CongressBill): ParseResult {
  const answer = answerSchema.safeParse(body);
  if (!answer.success) return { ok: false, message: "The answer has no list of actions." };
  const number = congressBillNumber(bill);
  const sourceUrl = congressActionsPage(bill);
  const items: OfficialItem[] = [];
  for (const raw of answer.data.actions) {
    const parsed = actionSchema.safeParse(raw);
    if (!parsed.success) continue;
    const action = parsed.data;
    items.push({
      itemKey: keyOf(number, action),
      occurredOn: action.actionDate,
      description: action.text.trim().slice(0, 2000),
      sourceUrl,
      urlIdentifiesItem: false,
      billNumber: number,
      mapping: mapCongressAction(action, bill),
      rank: actionRank(action),
    });
  }
  return { ok: true, items };
}
