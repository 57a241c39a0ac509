import "server-only";

import type { Prisma } from "@/lib/db/generated/client";
import { parseDay, toDay } from "@/lib/legislation/dates";

import { newItems, stepKey } from "./dedupe";
import type { OfficialItem } from "./types";

type Tx = Prisma.TransactionClient;

/** Store the items that are news for this bill as suggestions; returns how many. */
export async function storeSuggestions(tx: Tx, source: { id: string; billId: string }, items: readonly OfficialItem[]): Promise<number> {
  const [events, earlier] = await Promise.all([
    tx.statusEvent.findMany({ where: { billId: source.billId, retractedAt: null }, select: { occurredOn: true, path: true, stage: true, sourceUrl: true } }),
    tx.suggestion.findMany({ where: { billId: source.billId }, select: { itemKey: true, occurredOn: true, path: true, stage: true } }),
  ]);
  const steps = new Set([
    ...events.map((event) => stepKey(toDay(event.occurredOn), event)),
    ...earlier.flatMap((suggestion) => (suggestion.path && suggestion.stage ? [stepKey(toDay(suggestion.occurredOn), { path: suggestion.path, stage: suggestion.stage })] : [])),
  ]);
  const fresh = newItems(items, {
    itemKeys: new Set(earlier.map((suggestion) => suggestion.itemKey)),
    steps,
    sourceUrls: new Set(events.map((event) => event.sourceUrl)),
  });
  if (fresh.length === 0) return 0;
  const created = await tx.suggestion.createMany({
    data: fresh.flatMap((item) => {
      const day = parseDay(item.occurredOn);
      if (!day) return [];
      const placement = item.mapping.kind === "placed" ? item.mapping.placement : null;
      return [
        {
          billId: source.billId,
          sourceId: source.id,
          itemKey: item.itemKey,
          path: placement?.path ?? null,
          stage: placement?.stage ?? null,
          chamber: placement?.chamber ?? null,
          body: placement?.body ?? null,
          vote: placement?.vote ?? null,
          attemptFailed: placement?.attemptFailed ?? false,
          occurredOn: day,
          billNumber: item.billNumber,
          description: item.description,
          sourceUrl: item.sourceUrl,
        },
      ];
    }),
    // Two sources of one bill (its two numbers) may report the same item at once.
    skipDuplicates: true,
  });
  return created.count;
}
