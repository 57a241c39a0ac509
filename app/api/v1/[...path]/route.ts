import { problemResponse } from "@/lib/http/problem";

export const dynamic = "force-dynamic";

// Unknown API addresses answer in the API's own error format rather than with an HTML page.
export function GET(request: Request) {
  const path = new URL(request.url).pathname;
  return problemResponse(404, "not-found", `There is nothing at ${path}. The API's endpoints are listed at /api/v1/openapi.json.`);
}
