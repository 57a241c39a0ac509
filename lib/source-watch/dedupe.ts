import type { OfficialItem, OfficialTextVersion, Placement } from "./types";

// Which official items are news: not the same item again, not a step already recorded (same
// day, path and step), not an item whose own address an event already cites, and not a step
// an earlier suggestion already offered (whatever the editor did with it). Pure, so that the
// rules are tested without a database; the poller feeds it what is stored.

export interface Known {
  itemKeys: ReadonlySet<string>;
  /** "YYYY-MM-DD path:stage" of recorded events and of earlier suggestions. */
  steps: ReadonlySet<string>;
  /** Source addresses of recorded events. */
  sourceUrls: ReadonlySet<string>;
}

export const stepKey = (occurredOn: string, placement: Pick<Placement, "path" | "stage">) => `${occurredOn} ${placement.path}:${placement.stage}`;

/** The items to suggest, in the order given, one per step and day (the lowest rank wins). */
export function newItems(items: readonly OfficialItem[], known: Known): OfficialItem[] {
  const steps = new Set(known.steps);
  const keys = new Set(known.itemKeys);
  const fresh: OfficialItem[] = [];
  const ordered = items.map((item, index) => ({ item, index })).sort((a, b) => a.item.rank - b.item.rank || a.index - b.index);
  for (const { item } of ordered) {
    if (item.mapping.kind === "ignored" || keys.has(item.itemKey)) continue;
    if (item.urlIdentifiesItem && known.sourceUrls.has(item.sourceUrl)) continue;
    if (item.mapping.kind === "placed") {
      const key = stepKey(item.occurredOn, item.mapping.placement);
      if (steps.has(key)) continue;
      steps.add(key);
    }
    keys.add(item.itemKey);
    fresh.push(item);
  }
  // Back in the answer's order, so the inbox reads as the record does.
  return fresh.sort((a, b) => items.indexOf(a) - items.indexOf(b));
}

/** The text versions to suggest: not imported for the bill already, and never suggested before (whatever the editor did). */
export function newTextVersions(versions: readonly OfficialTextVersion[], known: { importedCodes: ReadonlySet<string>; itemKeys: ReadonlySet<string> }): OfficialTextVersion[] {
  return versions.filter((version) => !known.importedCodes.has(version.code) && !known.itemKeys.has(version.itemKey));
}
