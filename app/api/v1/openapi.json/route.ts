import { handleOpenApi } from "@/lib/api/handlers";
import { preflightResponse } from "@/lib/http/cors";

export const dynamic = "force-dynamic";

export function GET(request: Request) {
  return handleOpenApi(request);
}

export function OPTIONS() {
  return preflightResponse();
}
