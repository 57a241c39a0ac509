import { tags } from "./cache-tags";

// What a change makes stale on the public site: one pure function, so publish, unpublish, a
// slug change and delete are each covered by a unit test. Commands return its answer; server
// actions expire those tags, and the change notice tells other instances.

export interface BillVisibility {
  slug: string;
  state: "draft" | "scheduled" | "published";
}

export type ContentChange =
  /** A bill's own fields or history. `before` is null on create, `after` null on delete. */
  | { kind: "bill"; before: BillVisibility | null; after: BillVisibility | null }
  /** A key date, of a bill or (bill null) of the whole tracker. */
  | { kind: "keyDate"; bill: BillVisibility | null }
  /** Something that belongs to one bill and is shown with it and on lists: a provision (the comparison reads every bill's). */
  | { kind: "billPart"; bill: BillVisibility }
  /** An organisation's name, link or "own" flag: shown with its positions on every page that lists them. */
  | { kind: "organisations" }
  | { kind: "statistics" };

// A scheduled bill becomes public at its time without any write, so its pages may already be
// cached: it counts as public here. Only a draft is never shown.
function mayBeShown(bill: BillVisibility | null): bill is BillVisibility {
  return bill !== null && bill.state !== "draft";
}

/** The cache tags to expire after a change; empty when nothing public can have shown it. */
export function tagsToExpire(change: ContentChange): string[] {
  switch (change.kind) {
    case "statistics":
      return [tags.statistics];
    case "keyDate":
      if (change.bill === null) return [tags.billList];
      return mayBeShown(change.bill) ? [tags.billList, tags.bill(change.bill.slug)] : [];
    case "organisations":
      return [tags.billList, tags.allBills];
    case "billPart":
      return mayBeShown(change.bill) ? [tags.billList, tags.bill(change.bill.slug)] : [];
    case "bill": {
      const shown = [change.before, change.after].filter(mayBeShown);
      if (shown.length === 0) return [];
      return [...new Set([tags.billList, ...shown.map((bill) => tags.bill(bill.slug))])];
    }
  }
}
