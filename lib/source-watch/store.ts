import "server-only";

import type { Prisma } from "@/lib/db/generated/client";
import { parseDay, toDay } from "@/lib/legislation/dates";

import { newItems, newTextVersions, stepKey } from "./dedupe";
import type { OfficialItem, OfficialTextVersion } from "./types";

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

/**
 * Store the text versions this bill has not imported and that were never suggested as
 * suggestions; returns how many. An undated version is filed under `foundOn` (the day it was
 * found, a UTC midnight), so the inbox can order it, and keeps no version date.
 */
export async function storeTextSuggestions(tx: Tx, source: { id: string; billId: string }, versions: readonly OfficialTextVersion[], foundOn: Date): Promise<number> {
  const [imported, earlier] = await Promise.all([
    tx.billTextVersion.findMany({ where: { billId: source.billId }, select: { code: true } }),
    tx.suggestion.findMany({ where: { billId: source.billId, kind: "text_version" }, select: { itemKey: true } }),
  ]);
  const fresh = newTextVersions(versions, { importedCodes: new Set(imported.map((version) => version.code)), itemKeys: new Set(earlier.map((suggestion) => suggestion.itemKey)) });
  if (fresh.length === 0) return 0;
  const created = await tx.suggestion.createMany({
    data: fresh.map((version) => {
      const versionDate = version.date ? parseDay(version.date) : null;
      return {
        billId: source.billId,
        sourceId: source.id,
        itemKey: version.itemKey,
        kind: "text_version" as const,
        versionCode: version.code,
        versionDate,
        occurredOn: versionDate ?? foundOn,
        billNumber: version.billNumber,
        description: version.officialName.slice(0, 2000),
        sourceUrl: version.fileUrl,
      };
    }),
    skipDuplicates: true,
  });
  return created.count;
}
