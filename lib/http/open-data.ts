import "server-only";

import { randomUUID } from "node:crypto";

import { reportIfConnectionError } from "@/lib/db/availability";
import { logError } from "@/lib/log";

import { unavailableProblem } from "./outage";
import { problemResponse } from "./problem";

/** Open data changes rarely: clients and CDNs may reuse an answer for a minute. */
export const OPEN_DATA_CACHE_CONTROL = "public, max-age=60, s-maxage=60, stale-while-revalidate=600";

/**
 * Runs a handler, turning a lost database into a 503 with Retry-After, and any other
 * unexpected error into a logged 500 problem with a reference.
 */
export async function withProblemOnError(request: Request, handle: () => Promise<Response>): Promise<Response> {
  try {
    return await handle();
  } catch (error) {
    const pathname = new URL(request.url).pathname;
    if (reportIfConnectionError(error)) {
      logError("db.request_unavailable", error, { path: pathname });
      return unavailableProblem();
    }
    const reference = randomUUID();
    logError("open_data.request_failed", error, { reference, path: pathname });
    return problemResponse(500, "server-error", `Please try again in a moment. If it keeps happening, quote reference ${reference}.`);
  }
}
