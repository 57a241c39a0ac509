import "server-only";

import { z } from "zod";

import { tags } from "@/lib/legislation/cache-tags";

import type { ChangeNotice } from "./notify";

// The receiving side of notifyChange: a payload arrives from PostgreSQL as text and is checked
// before anything trusts it, then mapped to the cache tags this instance must expire.

const noticeSchema = z.object({
  kind: z.string().min(1).max(100),
  slug: z.string().min(1).max(200).optional(),
  previousSlug: z.string().min(1).max(200).optional(),
  eventId: z.string().min(1).max(100).optional(),
  auditId: z.number().int().positive(),
});

/** The notice in a NOTIFY payload, or null when the payload is not one. */
export function parseNotice(payload: string): ChangeNotice | null {
  try {
    const parsed = noticeSchema.safeParse(JSON.parse(payload));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

/**
 * The cache tags a change expires on every instance. Statistics stand alone on the facts page;
 * anything else concerns a bill, which appears in lists (the board, the timeline, feeds) and on
 * its own page, under its current slug and, after a rename, its previous one.
 */
export function tagsForNotice(notice: ChangeNotice): string[] {
  if (notice.kind.startsWith("statistic.")) return [tags.statistics];
  // An organisation's name shows with its positions on every bill's page.
  if (notice.kind.startsWith("organisation.")) return [tags.billList, tags.allBills];
  const expired: string[] = [tags.billList];
  if (notice.slug) expired.push(tags.bill(notice.slug));
  if (notice.previousSlug && notice.previousSlug !== notice.slug) expired.push(tags.bill(notice.previousSlug));
  return expired;
}
