import { handleExportCsv } from "@/lib/api/handlers";
import { cachedApiReads } from "@/lib/api/public-cache";
import { preflightResponse } from "@/lib/http/cors";

export const dynamic = "force-dynamic";

export function GET(request: Request) {
  return handleExportCsv(request, cachedApiReads);
}

export function OPTIONS() {
  return preflightResponse();
}
