import { handleCompareTextVersions } from "@/lib/api/text-handlers";
import { preflightResponse } from "@/lib/http/cors";

export const dynamic = "force-dynamic";

export async function GET(request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  return handleCompareTextVersions(request, slug);
}

export function OPTIONS() {
  return preflightResponse();
}
