import { z } from "zod";

import { site } from "@/lib/site-config";

import { billsQuerySchema, compareQuerySchema } from "./schema";
import { textCompareQuerySchema } from "./text-schema";

// The OpenAPI 3.1 document of API v1, generated from the zod schemas in ./schema.ts that the
// handlers parse every response through. OpenAPI 3.1 uses JSON Schema 2020-12 as it is, which
// is what z.toJSONSchema produces, so no translation layer sits between the two.

type JsonObject = Record<string, unknown>;

const componentIds = [
  "BillSummary",
  "Bill",
  "BillsPage",
  "StatusEvent",
  "Retraction",
  "KeyDate",
  "Provision",
  "ProvisionCategory",
  "Comparison",
  "Position",
  "PositionStance",
  "ParticipationWindow",
  "Organisation",
  "Correction",
  "OfficialLink",
  "Export",
  "Problem",
  "WebhookEvent",
  "StatusChangeWebhookEvent",
  "TextVersionWebhookEvent",
  "Jurisdiction",
  "Outcome",
  "Phase",
  "NextStep",
  "Path",
  "PathStep",
  "AfterEnactmentEntry",
  "Ending",
  "Chamber",
  "SourceKind",
  "TextNode",
  "TextVersionSummary",
  "TextVersionList",
  "TextVersion",
  "TextComparison",
] as const;

const componentRef = (id: string) => `#/components/schemas/${id}`;

const webhookHeaders = ["webhook-id", "webhook-timestamp", "webhook-signature"].map((name) => ({ name, in: "header", required: true, schema: { type: "string" } }));
const webhookResponses = { "2XX": { description: "Accepted. Any other answer is retried with exponential backoff." } };

/** Point local `$defs` references at the shared components instead. */
function useComponentRefs<T>(schema: T): T {
  return JSON.parse(JSON.stringify(schema).replaceAll('"#/$defs/', '"#/components/schemas/')) as T;
}

function componentSchemas(): Record<string, JsonObject> {
  const generated = z.toJSONSchema(z.globalRegistry, { uri: componentRef, unrepresentable: "any" }).schemas;
  return Object.fromEntries(
    componentIds.map((id) => {
      const schema = generated[id];
      if (!schema) throw new Error(`The API schema ${id} is not registered; import ./schema before building the document.`);
      const { $schema: _dialect, $id: _id, ...rest } = schema as JsonObject;
      return [id, rest];
    }),
  );
}

function queryParameters(schema: z.ZodType = billsQuerySchema): JsonObject[] {
  const { properties = {}, required = [] } = z.toJSONSchema(schema, { io: "input" }) as { properties?: Record<string, JsonObject>; required?: string[] };
  return Object.entries(properties).map(([name, property]) => {
    const { description, ...rest } = useComponentRefs(property);
    return { name, in: "query", required: required.includes(name), description, schema: rest };
  });
}

const conditionalHeaders = [
  {
    name: "If-None-Match",
    in: "header",
    required: false,
    description: "An ETag from an earlier answer: 304 Not Modified if nothing changed.",
    schema: { type: "string" },
  },
  {
    name: "If-Modified-Since",
    in: "header",
    required: false,
    description: "A Last-Modified date from an earlier answer: 304 Not Modified if nothing changed since.",
    schema: { type: "string" },
  },
];

const codeParameter = {
  name: "code",
  in: "path",
  required: true,
  description: "The version's code, e.g. is (Introduced in Senate) or rs (Reported in Senate).",
  schema: { type: "string" },
};

const slugParameter = {
  name: "slug",
  in: "path",
  required: true,
  description: "The bill's slug, e.g. take-it-down-act.",
  schema: { type: "string" },
};

const cachingHeaders = {
  ETag: { description: "Entity tag of this answer, for If-None-Match.", required: true, schema: { type: "string" } },
  "Last-Modified": {
    description: "When the data last changed, for If-Modified-Since (absent when there is no data yet).",
    required: false,
    schema: { type: "string" },
  },
  "Access-Control-Allow-Origin": {
    description: "Always *: any site may read the data.",
    required: true,
    schema: { type: "string", const: "*" },
  },
};

function ok(description: string, mediaType: string, schema: JsonObject) {
  return { description, headers: cachingHeaders, content: { [mediaType]: { schema } } };
}

const problem = (description: string) => ({
  description,
  content: { "application/problem+json": { schema: { $ref: componentRef("Problem") } } },
});

const notModified = { description: "Not modified since the ETag or date given; no body." };

const unavailable = {
  ...problem("The database is briefly out of reach (a restart, say); nothing was read. Try again after Retry-After."),
  headers: { "Retry-After": { description: "Seconds to wait before trying again.", schema: { type: "integer" } } },
};

function read(operationId: string, summary: string, tag: string, response: JsonObject, extra: JsonObject = {}) {
  return {
    get: {
      operationId,
      summary,
      tags: [tag],
      parameters: conditionalHeaders,
      ...extra,
      responses: { "200": response, "304": notModified, "500": problem("Something went wrong on our side; try again later."), "503": unavailable },
    },
  };
}

function withPathSlug(operation: ReturnType<typeof read>, notFound: string) {
  return {
    get: {
      ...operation.get,
      parameters: [slugParameter, ...operation.get.parameters],
      responses: { ...operation.get.responses, "404": problem(notFound) },
    },
  };
}

function withCompareQuery(operation: ReturnType<typeof read>) {
  return {
    get: {
      ...operation.get,
      parameters: [...queryParameters(compareQuerySchema), ...operation.get.parameters],
      responses: {
        ...operation.get.responses,
        "400": problem("No bills, too many, or a parameter that is not `bills`; `errors` says which."),
        "404": problem("A slug is not a published bill; `detail` names it."),
      },
    },
  };
}

function withVersionCode(operation: ReturnType<typeof withPathSlug>) {
  return { get: { ...operation.get, parameters: [slugParameter, codeParameter, ...operation.get.parameters.slice(1)] } };
}

function withTextCompareQuery(operation: ReturnType<typeof withPathSlug>) {
  return {
    get: {
      ...operation.get,
      parameters: [...operation.get.parameters.slice(0, 1), ...queryParameters(textCompareQuerySchema), ...operation.get.parameters.slice(1)],
      responses: { ...operation.get.responses, "400": problem("`from` or `to` is missing, or a parameter is not one of this endpoint's; `errors` says which.") },
    },
  };
}

/** The OpenAPI 3.1 document for a site served at `serverUrl`. */
export function buildOpenApiDocument(serverUrl: string): JsonObject {
  const text = { type: "string" };
  const listBills = read("listBills", "List bills", "Bills", ok("A page of bills.", "application/json", { $ref: componentRef("BillsPage") }));
  return {
    openapi: "3.1.0",
    jsonSchemaDialect: "https://json-schema.org/draft/2020-12/schema",
    info: {
      title: `${site.name} API`,
      version: "1.0.0",
      description:
        "Where each bill stands, with the full, sourced status history. Read-only, no key needed, open to any origin (CORS). " +
        "Answers carry ETag and Last-Modified: send them back to get 304 Not Modified. Errors are RFC 9457 problem details. " +
        `A guide with examples is at ${serverUrl}/api.`,
    },
    servers: [{ url: serverUrl }],
    tags: [
      { name: "Bills", description: "Bills and their status histories." },
      { name: "Exports", description: "Everything at once, as JSON or CSV." },
      { name: "Feeds", description: "Atom feeds of status changes and iCalendar feeds of key dates." },
      { name: "Meta", description: "This document." },
    ],
    paths: {
      "/api/v1/bills": {
        get: {
          ...listBills.get,
          description:
            "Public bills in a stable order (updatedAt, then id). Page with `cursor`; keep a copy in sync by passing the latest `updatedAt` you hold as `updatedSince`.",
          parameters: [...queryParameters(), ...conditionalHeaders],
          responses: { ...listBills.get.responses, "400": problem("A parameter is not valid; `errors` says which and why.") },
        },
      },
      "/api/v1/bills/{slug}": withPathSlug(
        read("getBill", "A bill with its full history", "Bills", ok("The bill.", "application/json", { $ref: componentRef("Bill") })),
        "No published bill has this slug.",
      ),
      "/api/v1/bills/{slug}/versions": withPathSlug(
        read("listTextVersions", "The versions of a bill's text", "Bills", ok("The versions, oldest first.", "application/json", { $ref: componentRef("TextVersionList") })),
        "No published bill has this slug.",
      ),
      "/api/v1/bills/{slug}/versions/{code}": withVersionCode(
        withPathSlug(
          read("getTextVersion", "One version of a bill's text, as a tree of sections", "Bills", ok("The version.", "application/json", { $ref: componentRef("TextVersion") })),
          "No published bill has this slug, or it has no version with this code.",
        ),
      ),
      "/api/v1/bills/{slug}/versions/compare": withTextCompareQuery(
        withPathSlug(
          read("compareTextVersions", "A redline of two versions of a bill's text (or of companion bills')", "Bills", ok("The comparison.", "application/json", { $ref: componentRef("TextComparison") })),
          "No published bill has this slug, or a version named is not one of its versions.",
        ),
      ),
      "/api/v1/export.json": read(
        "exportJson",
        "Every published bill and event, as JSON",
        "Exports",
        ok("The export.", "application/json", { $ref: componentRef("Export") }),
      ),
      "/api/v1/export.csv": read(
        "exportCsv",
        "Every published bill and event, as CSV",
        "Exports",
        ok("RFC 4180 CSV in UTF-8 with a byte-order mark: one row per status event, bill columns repeated (current_positions: each organisation's current position).", "text/csv", text),
      ),
      "/api/v1/compare": withCompareQuery(
        read("compareBills", "Bills' provisions side by side", "Bills", ok("Categories by bills.", "application/json", { $ref: componentRef("Comparison") })),
      ),
      "/compare.csv": withCompareQuery(
        read(
          "compareCsv",
          "Bills' provisions side by side, as CSV",
          "Exports",
          ok("RFC 4180 CSV in UTF-8 with a byte-order mark: one row per provision, and one reading \"Not recorded\" per empty cell.", "text/csv", text),
        ),
      ),
      "/api/v1/openapi.json": read("getOpenApi", "This document", "Meta", ok("OpenAPI 3.1.", "application/json", { type: "object" })),
      "/feed.xml": read("siteFeed", "Atom feed of every status change, of organisations' positions on bills and of new versions of their text", "Feeds", ok("Atom (RFC 4287).", "application/atom+xml", text)),
      "/bills/{slug}/feed.xml": withPathSlug(
        read("billFeed", "Atom feed of one bill's status changes, organisations' positions on it and new versions of its text", "Feeds", ok("Atom (RFC 4287).", "application/atom+xml", text)),
        "No published bill has this slug.",
      ),
      "/calendar.ics": read("siteCalendar", "Key dates and windows to take part of every bill", "Feeds", ok("iCalendar (RFC 5545).", "text/calendar", text)),
      "/bills/{slug}/calendar.ics": withPathSlug(
        read("billCalendar", "Key dates and windows to take part of one bill", "Feeds", ok("iCalendar (RFC 5545).", "text/calendar", text)),
        "No published bill has this slug.",
      ),
    },
    webhooks: {
      statusChange: {
        post: {
          operationId: "statusChange",
          summary: "A status event was recorded, corrected or retracted",
          description:
            "Administrators register webhook URLs. Each delivery is signed per Standard Webhooks: verify webhook-signature " +
            "(v1, HMAC-SHA256 over `webhook-id.webhook-timestamp.body` with the shared secret) and drop repeated webhook-ids.",
          parameters: webhookHeaders,
          requestBody: { required: true, content: { "application/json": { schema: { $ref: componentRef("StatusChangeWebhookEvent") } } } },
          responses: webhookResponses,
        },
      },
      textVersionImported: {
        post: {
          operationId: "textVersionImported",
          summary: "A new version of a bill's text was imported",
          description:
            "Sent once per new version of a public bill's text, with the redline's one-line summary against the bill's latest earlier version " +
            "and links to the version and the redline. A replacement file for a version already announced is not announced again. Signed as statusChange is.",
          parameters: webhookHeaders,
          requestBody: { required: true, content: { "application/json": { schema: { $ref: componentRef("TextVersionWebhookEvent") } } } },
          responses: webhookResponses,
        },
      },
    },
    components: { schemas: componentSchemas() },
  };
}
