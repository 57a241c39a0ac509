import "server-only";

import { stringify } from "csv-stringify/sync";

import { siteUrl } from "@/lib/config";
import { OPEN_DATA_CACHE_CONTROL, withProblemOnError } from "@/lib/http/open-data";
import { problemResponse } from "@/lib/http/problem";
import { makeRepresentation, serveRepresentation } from "@/lib/http/representation";
import { compareCsvColumns, compareCsvRows, compareHref, compareRows, MAX_COMPARED, type ComparableBill } from "@/lib/legislation/compare";
import { provisionCategoryLabels } from "@/lib/legislation/provision-categories";

import { spreadsheetCell } from "./csv";
import { compareQuerySchema, comparisonSchema } from "./schema";
import { billUrls } from "./shape";

// The comparison as data: /api/v1/compare (JSON) and /compare.csv, for the same `bills` list
// the page takes. Unlike the page, which leaves an unknown slug out and says so, these answer
// with a problem: a script should learn that it asked for something that is not there.

/** Every public bill with its provisions: cached for the routes, plain in tests. */
export type ComparableReads = () => Promise<ComparableBill[]>;

type Chosen = { ok: true; bills: ComparableBill[] } | { ok: false; response: Response };

async function choose(request: Request, reads: ComparableReads): Promise<Chosen> {
  const params = new URL(request.url).searchParams;
  const parsed = compareQuerySchema.safeParse(Object.fromEntries(params));
  if (!parsed.success || params.getAll("bills").length > 1) {
    const unknownNames = [...params.keys()].filter((name) => name !== "bills");
    const errors = unknownNames.length
      ? unknownNames.map((name) => ({ name, reason: "Not a parameter of this endpoint. Use bills." }))
      : [{ name: "bills", reason: parsed.error?.issues[0]?.message ?? "Give bills once, as a comma-separated list." }];
    return { ok: false, response: problemResponse(400, "invalid-parameter", "Name the bills to compare as bills=slug,slug.", errors) };
  }
  const slugs = [...new Set(parsed.data.bills.split(",").map((slug) => slug.trim()).filter(Boolean))];
  if (slugs.length > MAX_COMPARED) {
    return {
      ok: false,
      response: problemResponse(400, "invalid-parameter", `Compare at most ${MAX_COMPARED} bills at once.`, [
        { name: "bills", reason: `${slugs.length} bills were named.` },
      ]),
    };
  }
  const all = await reads();
  const missing = slugs.filter((slug) => !all.some((bill) => bill.slug === slug));
  if (missing.length) {
    return {
      ok: false,
      response: problemResponse(404, "not-found", `Not a published bill: ${missing.join(", ")}. The list of bills is at /api/v1/bills.`),
    };
  }
  return { ok: true, bills: slugs.flatMap((slug) => all.filter((bill) => bill.slug === slug)) };
}

export function handleCompareJson(request: Request, reads: ComparableReads): Promise<Response> {
  return withProblemOnError(request, async () => {
    const chosen = await choose(request, reads);
    if (!chosen.ok) return chosen.response;
    const slugs = chosen.bills.map((bill) => bill.slug);
    const site = siteUrl();
    const body = comparisonSchema.parse({
      bills: chosen.bills.map((bill) => {
        const { url, apiUrl } = billUrls(bill.slug);
        return { slug: bill.slug, shortTitle: bill.shortTitle, jurisdiction: bill.jurisdiction, url, apiUrl };
      }),
      rows: compareRows(chosen.bills).map((row) => ({
        category: row.category,
        label: row.label,
        cells: row.cells.map((cell) => cell.map((provision) => ({ ...provision, categoryLabel: provisionCategoryLabels[provision.category] }))),
      })),
      links: {
        self: `${site}/api/v1/compare?bills=${slugs.map(encodeURIComponent).join(",")}`,
        csv: `${site}${compareHref(slugs, ".csv")}`,
        page: `${site}${compareHref(slugs)}`,
      },
    });
    const representation = makeRepresentation(JSON.stringify(body), "application/json", null);
    return serveRepresentation(request, representation, { cacheControl: OPEN_DATA_CACHE_CONTROL });
  });
}

export function handleCompareCsv(request: Request, reads: ComparableReads): Promise<Response> {
  return withProblemOnError(request, async () => {
    const chosen = await choose(request, reads);
    if (!chosen.ok) return chosen.response;
    const csv = stringify(compareCsvRows(chosen.bills), {
      bom: true,
      cast: { string: spreadsheetCell },
      header: true,
      columns: [...compareCsvColumns],
      record_delimiter: "windows",
    });
    const representation = makeRepresentation(csv, "text/csv; charset=utf-8; header=present", null);
    return serveRepresentation(request, representation, {
      cacheControl: OPEN_DATA_CACHE_CONTROL,
      headers: { "Content-Disposition": 'attachment; filename="policy-tracker-comparison.csv"' },
    });
  });
}
