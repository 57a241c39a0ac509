import { handleCompareCsv } from "@/lib/api/compare";
import { getComparableBills } from "@/lib/legislation/public-cache";

export const dynamic = "force-dynamic";

export function GET(request: Request) {
  return handleCompareCsv(request, getComparableBills);
}
