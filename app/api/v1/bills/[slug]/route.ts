import { handleGetBill } from "@/lib/api/handlers";
import { cachedApiReads } from "@/lib/api/public-cache";
import { preflightResponse } from "@/lib/http/cors";

export const dynamic = "force-dynamic";

export async function GET(request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  return handleGetBill(request, slug, cachedApiReads);
}

export function OPTIONS() {
  return preflightResponse();
}
