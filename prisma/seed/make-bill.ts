import { db } from "@/lib/db/client";

import { createBill, type NewBill } from "./factories";

let sequence = 0;

/** A bill for a test, with sensible defaults; every field can be overridden. */
export async function makeBill(overrides: Partial<NewBill> = {}) {
  sequence += 1;
  const input: NewBill = {
    slug: `test-bill-${sequence}-${Date.now().toString(36)}`,
    shortTitle: `Test Bill ${sequence}`,
    jurisdiction: "us",
    events: [{ occurredOn: "2025-01-10", stage: "introduced", chamber: "senate", description: "Introduced in the Senate" }],
    ...overrides,
  };
  return db.$transaction((tx) => createBill(tx, input));
}
