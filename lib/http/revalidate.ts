import "server-only";

import { revalidateTag } from "next/cache";

/** Expire public cache tags after a command succeeded (server actions and route handlers only). */
export function expireTags(tags: readonly string[]): void {
  // { expire: 0 }: the next reader waits for fresh data instead of being served the old page.
  for (const tag of tags) revalidateTag(tag, { expire: 0 });
}
