import { handleCompareJson } from "@/lib/api/compare";
import { preflightResponse } from "@/lib/http/cors";
import { getComparableBills } from "@/lib/legislation/public-cache";

export const dynamic = "force-dynamic";

export function GET(request: Request) {
  return handleCompareJson(request, getComparableBills);
}

export function OPTIONS() {
  return preflightResponse();
}
