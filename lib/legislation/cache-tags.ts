// Cache tags of public content. Pages cache their reads under these tags; commands expire them
// after a change (see tagsToExpire), and other instances learn of it through PostgreSQL.

export const tags = {
  /** Anything listing bills: the board, the timeline, feeds, the API's lists. */
  billList: "bills",
  bill: (slug: string) => `bill:${slug}`,
  /** Every bill's own page at once (an organisation renamed shows on each bill it has a position on). */
  allBills: "bill-pages",
  statistics: "statistics",
} as const;
