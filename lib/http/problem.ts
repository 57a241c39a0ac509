import "server-only";

import { siteUrl } from "@/lib/config";

import { corsHeaders } from "./cors";

// Errors of the open-data endpoints as RFC 9457 problem details. Each problem type has an
// anchor on the /api page that explains it, so `type` is a link a developer can follow.

export type ProblemCode = "invalid-parameter" | "not-found" | "server-error" | "unavailable";

export interface ProblemDetails {
  type: string;
  title: string;
  status: number;
  detail: string;
  /** For invalid-parameter: each bad parameter with the reason, in words. */
  errors?: { name: string; reason: string }[];
}

const titles: Record<ProblemCode, string> = {
  "invalid-parameter": "A parameter is not valid",
  "not-found": "Not found",
  "server-error": "Something went wrong on our side",
  unavailable: "Temporarily unavailable",
};

export function problemDetails(
  status: number,
  code: ProblemCode,
  detail: string,
  errors?: ProblemDetails["errors"],
): ProblemDetails {
  return { type: `${siteUrl()}/api#problem-${code}`, title: titles[code], status, detail, ...(errors ? { errors } : {}) };
}

export function problemResponse(
  status: number,
  code: ProblemCode,
  detail: string,
  errors?: ProblemDetails["errors"],
): Response {
  return new Response(JSON.stringify(problemDetails(status, code, detail, errors)), {
    status,
    headers: { ...corsHeaders, "Content-Type": "application/problem+json", "Cache-Control": "no-store" },
  });
}
