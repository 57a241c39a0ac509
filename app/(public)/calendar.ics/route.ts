import { handleSiteCalendar } from "@/lib/feeds/handlers";
import { cachedFeedReads } from "@/lib/feeds/public-cache";

export const dynamic = "force-dynamic";

export function GET(request: Request) {
  return handleSiteCalendar(request, cachedFeedReads);
}
