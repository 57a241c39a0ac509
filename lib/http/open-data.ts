import "server-only";

import { randomUUID } from "node:crypto";

import { logError } from "@/lib/log";

import { problemResponse } from "./problem";

/** Open data changes rarely: clients and CDNs may reuse an answer for a minute. */
export const OPEN_DATA_CACHE_CONTROL = "public, max-age=60, s-maxage=60, stale-while-revalidate=600";

/** Runs a handler, turning an unexpected error into a logged 500 problem with a reference. */
export async function withProblemOnError(request: Request, handle: () => Promise<Response>): Promise<Response> {
  try {
    return await handle();
  } catch (error) {
    const reference = randomUUID();
    logError("open_data.request_failed", error, { reference, path: new URL(request.url).pathname });
    return problemResponse(500, "server-error", `Please try again in a moment. If it keeps happening, quote reference ${reference}.`);
  }
}
