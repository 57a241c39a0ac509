import "server-only";

import type { z } from "zod";

import { siteUrl } from "@/lib/config";
import { problemResponse } from "@/lib/http/problem";
import { OPEN_DATA_CACHE_CONTROL, withProblemOnError } from "@/lib/http/open-data";
import { makeRepresentation, serveRepresentation } from "@/lib/http/representation";

import { decodeCursor } from "./cursor";
import { exportCsv } from "./csv";
import { buildOpenApiDocument } from "./openapi";
import type { BillsListResult } from "./queries";
import { billDetailSchema, billsPageSchema, billsQuerySchema, exportSchema, type BillDetail, type BillsQuery } from "./schema";

// The request-to-response logic of API v1, kept out of app/ so that route files stay one line
// and tests can call it with a plain Request. Reads come in through ApiReads: the routes pass
// the cached ones (./public-cache.ts), tests pass the plain queries.

export interface ApiReads {
  billsPage(query: BillsQuery): Promise<BillsListResult>;
  bill(slug: string): Promise<BillDetail | null>;
  exportBills(): Promise<BillDetail[]>;
}

type ParsedQuery = { ok: true; query: BillsQuery } | { ok: false; response: Response };

function parseBillsQuery(params: URLSearchParams): ParsedQuery {
  const names = [...params.keys()];
  const repeated = [...new Set(names.filter((name, index) => names.indexOf(name) !== index))];
  if (repeated.length > 0) {
    return {
      ok: false,
      response: problemResponse(
        400,
        "invalid-parameter",
        "Give each parameter once.",
        repeated.map((name) => ({ name, reason: "This parameter was given more than once." })),
      ),
    };
  }
  const parsed = billsQuerySchema.safeParse(Object.fromEntries(params));
  if (!parsed.success) return { ok: false, response: invalidParameters(parsed.error) };
  if (parsed.data.cursor !== undefined && !decodeCursor(parsed.data.cursor)) {
    return {
      ok: false,
      response: problemResponse(400, "invalid-parameter", "The cursor is not one this API gave out.", [
        { name: "cursor", reason: "Use the nextCursor of a previous page, unchanged." },
      ]),
    };
  }
  return { ok: true, query: parsed.data };
}

function invalidParameters(error: z.ZodError): Response {
  const errors = error.issues.flatMap((issue) =>
    issue.code === "unrecognized_keys"
      ? issue.keys.map((name) => ({
          name,
          reason: `Not a parameter of this endpoint. Use q, jurisdiction, stage, phase, since, updatedSince, cursor or limit.`,
        }))
      : [{ name: String(issue.path[0] ?? "query"), reason: issue.message }],
  );
  const names = [...new Set(errors.map((entry) => entry.name))].join(", ");
  return problemResponse(400, "invalid-parameter", `Check these parameters: ${names}.`, errors);
}

function latest(dates: readonly (string | null | undefined)[]): Date | null {
  const times = dates.flatMap((value) => (value ? [Date.parse(value)] : []));
  return times.length ? new Date(Math.max(...times)) : null;
}

function lastChangeOf(bill: BillDetail): Date | null {
  return latest([
    bill.updatedAt,
    ...bill.history.flatMap((event) => [event.recordedAt, event.retraction?.at]),
  ]);
}

function json(request: Request, value: unknown, lastModified: Date | null, headers?: Record<string, string>): Response {
  return serveRepresentation(request, makeRepresentation(JSON.stringify(value), "application/json", lastModified), {
    cacheControl: OPEN_DATA_CACHE_CONTROL,
    headers,
  });
}

export function handleListBills(request: Request, reads: ApiReads): Promise<Response> {
  return withProblemOnError(request, async () => {
    const url = new URL(request.url);
    const parsed = parseBillsQuery(url.searchParams);
    if (!parsed.ok) return parsed.response;
    const page = await reads.billsPage(parsed.query);
    const self = new URL(`${siteUrl()}${url.pathname}${url.search}`);
    let next: string | null = null;
    if (page.nextCursor) {
      const nextUrl = new URL(self);
      nextUrl.searchParams.set("cursor", page.nextCursor);
      next = nextUrl.toString();
    }
    const body = billsPageSchema.parse({ data: page.bills, nextCursor: page.nextCursor, links: { self: self.toString(), next } });
    return json(request, body, latest(page.bills.map((bill) => bill.updatedAt)), next ? { Link: `<${next}>; rel="next"` } : undefined);
  });
}

export function handleGetBill(request: Request, slug: string, reads: ApiReads): Promise<Response> {
  return withProblemOnError(request, async () => {
    const bill = await reads.bill(slug);
    if (!bill) {
      return problemResponse(404, "not-found", `There is no published bill with the slug "${slug}". The list of bills is at /api/v1/bills.`);
    }
    return json(request, billDetailSchema.parse(bill), lastChangeOf(bill));
  });
}

export function handleExportJson(request: Request, reads: ApiReads): Promise<Response> {
  return withProblemOnError(request, async () => {
    const bills = await reads.exportBills();
    const body = exportSchema.parse({ version: 1, bills });
    return json(request, body, latest(bills.map(lastChangeOf).map((date) => date?.toISOString())), {
      "Content-Disposition": 'inline; filename="policy-tracker-export.json"',
    });
  });
}

export function handleExportCsv(request: Request, reads: ApiReads): Promise<Response> {
  return withProblemOnError(request, async () => {
    const bills = exportSchema.parse({ version: 1, bills: await reads.exportBills() }).bills;
    const representation = makeRepresentation(
      exportCsv(bills),
      "text/csv; charset=utf-8; header=present",
      latest(bills.map(lastChangeOf).map((date) => date?.toISOString())),
    );
    return serveRepresentation(request, representation, {
      cacheControl: OPEN_DATA_CACHE_CONTROL,
      headers: { "Content-Disposition": 'attachment; filename="policy-tracker-export.csv"' },
    });
  });
}

export function handleOpenApi(request: Request): Promise<Response> {
  return withProblemOnError(request, async () => json(request, buildOpenApiDocument(siteUrl()), null));
}
