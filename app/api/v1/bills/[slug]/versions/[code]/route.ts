import { handleGetTextVersion } from "@/lib/api/text-handlers";
import { preflightResponse } from "@/lib/http/cors";

export const dynamic = "force-dynamic";

export async function GET(request: Request, { params }: { params: Promise<{ slug: string; code: string }> }) {
  const { slug, code } = await params;
  return handleGetTextVersion(request, slug, code);
}

export function OPTIONS() {
  return preflightResponse();
}
