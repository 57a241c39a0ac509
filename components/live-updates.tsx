import { liveEventIds } from "@/lib/live/event-id";
import { livePosition } from "@/lib/live/runtime";

import { LiveUpdatesIsland } from "./live-updates-island";

/**
 * Live updates for a public page: follow every bill (the board, the timeline) or only the one
 * with `slug` (a bill page, an embed). Passes the island the newest change this instance had
 * heard of while rendering, so one that lands before the browser connects is not lost.
 */
export function LiveUpdates({ slug }: { slug?: string }) {
  const position = livePosition();
  // As the stream writes it: an opaque event id, never the audit row's number.
  return <LiveUpdatesIsland slug={slug} since={position > 0 ? liveEventIds().encode(position) : ""} />;
}
