import "server-only";

import type { z } from "zod";

import { summaryWords } from "@/lib/bill-text/compare/summary-words";
import { getPublicComparison } from "@/lib/bill-text/public-compare";
import { getPublicTextVersion } from "@/lib/bill-text/public-cache";
import { siteUrl } from "@/lib/config";
import { problemResponse } from "@/lib/http/problem";
import { OPEN_DATA_CACHE_CONTROL, withProblemOnError } from "@/lib/http/open-data";
import { makeRepresentation, serveRepresentation } from "@/lib/http/representation";
import { getBill } from "@/lib/legislation/public-cache";

import { textComparisonSchema, textCompareQuerySchema, textVersionListSchema, textVersionSchema } from "./text-schema";

// The bill-text endpoints of API v1: a bill's versions, one version's section tree, and the
// redline of two. Reads are the public pages' cached ones, so the API and the pages agree.

function json(request: Request, value: unknown, lastModified: Date | null): Response {
  return serveRepresentation(request, makeRepresentation(JSON.stringify(value), "application/json", lastModified), { cacheControl: OPEN_DATA_CACHE_CONTROL });
}

const noBill = (slug: string) => problemResponse(404, "not-found", `There is no published bill with the slug "${slug}". The list of bills is at /api/v1/bills.`);

export function handleListTextVersions(request: Request, slug: string): Promise<Response> {
  return withProblemOnError(request, async () => {
    const bill = await getBill(slug);
    if (!bill) return noBill(slug);
    const base = siteUrl();
    const body = textVersionListSchema.parse({
      bill: bill.slug,
      data: bill.textVersions.map((version) => ({
        code: version.code,
        name: version.name,
        versionDate: version.versionDate,
        url: `${base}/bills/${bill.slug}/text/${version.code}`,
        apiUrl: `${base}/api/v1/bills/${bill.slug}/versions/${version.code}`,
      })),
    });
    return json(request, body, null);
  });
}

export function handleGetTextVersion(request: Request, slug: string, code: string): Promise<Response> {
  return withProblemOnError(request, async () => {
    const found = await getPublicTextVersion(slug, code);
    if (!found) {
      return (await getBill(slug))
        ? problemResponse(404, "not-found", `The bill "${slug}" has no text version "${code}". Its versions are listed at /api/v1/bills/${slug}/versions.`)
        : noBill(slug);
    }
    const { version } = found;
    const body = textVersionSchema.parse({
      bill: found.bill.slug,
      code: version.code,
      name: version.name,
      versionDate: version.versionDate,
      sourceUrl: version.sourceUrl,
      format: version.format,
      extractedFromHtml: version.tree.extractedFromHtml,
      sha256: version.sha256,
      importedAt: version.importedAt,
      title: version.tree.title,
      body: version.tree.body,
    });
    return json(request, body, new Date(version.importedAt));
  });
}

function invalid(error: z.ZodError): Response {
  const errors = error.issues.flatMap((issue) =>
    issue.code === "unrecognized_keys"
      ? issue.keys.map((name) => ({ name, reason: "Not a parameter of this endpoint. Use from, to and toBill." }))
      : [{ name: String(issue.path[0] ?? "query"), reason: issue.code === "invalid_type" ? "This parameter is required." : issue.message }],
  );
  return problemResponse(400, "invalid-parameter", `Check these parameters: ${[...new Set(errors.map((entry) => entry.name))].join(", ")}.`, errors);
}

export function handleCompareTextVersions(request: Request, slug: string): Promise<Response> {
  return withProblemOnError(request, async () => {
    const parsed = textCompareQuerySchema.safeParse(Object.fromEntries(new URL(request.url).searchParams));
    if (!parsed.success) return invalid(parsed.error);
    const { from, to, toBill = slug } = parsed.data;
    const result = await getPublicComparison({ slug, code: from }, { slug: toBill, code: to });
    if (!result.ok) {
      const [bill, code] = result.missing === "from" ? [slug, from] : [toBill, to];
      return (await getBill(bill))
        ? problemResponse(404, "not-found", `The bill "${bill}" has no text version "${code}". Its versions are listed at /api/v1/bills/${bill}/versions.`)
        : noBill(bill);
    }
    const side = (found: typeof result.from) => ({ bill: found.bill.slug, code: found.version.code, name: found.version.name, sha256: found.version.sha256 });
    const body = textComparisonSchema.parse({
      from: side(result.from),
      to: side(result.to),
      summaryText: summaryWords(result.comparison.summary),
      ...result.comparison,
    });
    const newest = Math.max(Date.parse(result.from.version.importedAt), Date.parse(result.to.version.importedAt));
    return json(request, body, new Date(newest));
  });
}
