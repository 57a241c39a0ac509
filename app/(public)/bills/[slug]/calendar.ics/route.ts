import { handleBillCalendar } from "@/lib/feeds/handlers";
import { cachedFeedReads } from "@/lib/feeds/public-cache";

export const dynamic = "force-dynamic";

export async function GET(request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  return handleBillCalendar(request, slug, cachedFeedReads);
}
