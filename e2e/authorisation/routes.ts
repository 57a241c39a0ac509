import type { Subject } from "./subjects";

// Every page and route handler of app/ with a concrete address, who may reach it, and which
// family of headers it must carry (docs/decisions/0005-security-headers.md). The authorisation
// matrix and the header checks both walk this table, and both fail when a page.tsx or an
// exported method of a route.ts exists on disk without a row here.

/** What a request gets: a status, a redirect to sign in (back here), or a redirect elsewhere. */
export type Outcome = number | "login" | { redirect: string };

export type HeaderFamily =
  /** Public HTML: shared caches may keep it, for anonymous readers only. */
  | "public-page"
  /** Made to be framed by other sites. */
  | "embed-page"
  /** Back office, sign-in, previews and pages whose address holds a secret token: never kept by a shared cache. */
  | "private-page"
  /** Feeds, calendars and the open-data API: readable from any origin. */
  | "open-data"
  /** Other route handlers: same-origin only, never shared. */
  | "private-api";

/** The data a concrete address needs, made before the walk. */
export interface RouteData {
  publishedSlug: string;
  draftBillId: string;
  eventId: string;
  keyDateId: string;
  provisionId: string;
  organisationId: string;
  positionId: string;
  windowId: string;
  statisticId: string;
  userId: string;
  token: string;
  suggestionId: string;
}

export interface RouteRow {
  /** The file under app/, as on disk. */
  file: string;
  method: "GET" | "POST" | "OPTIONS";
  path: (data: RouteData) => string;
  family: HeaderFamily;
  outcomes: Record<Subject, Outcome>;
  /** A body for writes: none of these rows may change anything for any caller. */
  body?: { contentType: string; text: string };
}

const everyone = (outcome: Outcome): Record<Subject, Outcome> => ({
  anonymous: outcome,
  editor: outcome,
  admin: outcome,
  deactivated: outcome,
  revoked: outcome,
});

/** Editors and administrators; the others are sent to sign in. */
const editors: Record<Subject, Outcome> = { anonymous: "login", editor: 200, admin: 200, deactivated: "login", revoked: "login" };
/** Administrators; editors get the 403 page, the others are sent to sign in. */
const admins: Record<Subject, Outcome> = { anonymous: "login", editor: 403, admin: 200, deactivated: "login", revoked: "login" };

const page = (file: string, path: RouteRow["path"], family: HeaderFamily, outcomes: Record<Subject, Outcome>): RouteRow => ({
  file: `app/${file}/page.tsx`,
  method: "GET",
  path,
  family,
  outcomes,
});

export const routeTable: RouteRow[] = [
  // The public site.
  page("(public)", () => "/", "public-page", everyone(200)),
  page("(public)/api", () => "/api", "public-page", everyone(200)),
  page("(public)/bills/[slug]", (d) => `/bills/${d.publishedSlug}`, "public-page", everyone(200)),
  page("(public)/bills/[slug]/text", (d) => `/bills/${d.publishedSlug}/text`, "public-page", everyone(200)),
  // The launch content has no text imported (e2e/bill-text.spec.ts reads a version that is).
  page("(public)/bills/[slug]/text/[code]", (d) => `/bills/${d.publishedSlug}/text/is`, "public-page", everyone(404)),
  // With no versions, the redline page says there is nothing to compare yet.
  page("(public)/bills/[slug]/text/compare", (d) => `/bills/${d.publishedSlug}/text/compare`, "public-page", everyone(200)),
  page("(public)/corrections", () => "/corrections", "public-page", everyone(200)),
  page("(public)/facts", () => "/facts", "public-page", everyone(200)),
  page("(public)/timeline", () => "/timeline", "public-page", everyone(200)),
  page("(public)/compare", (d) => `/compare?bills=${d.publishedSlug}`, "public-page", everyone(200)),
  page("(public)/subscribe", () => "/subscribe", "public-page", everyone(200)),
  page("(public)/subscribe/sent", () => "/subscribe/sent", "public-page", everyone(200)),
  page("(public)/subscribe/confirm", (d) => `/subscribe/confirm?token=${d.token}`, "private-page", everyone(200)),
  page("(public)/subscribe/unsubscribe", (d) => `/subscribe/unsubscribe?token=${d.token}`, "private-page", everyone(200)),
  page("embed/bills/[slug]", (d) => `/embed/bills/${d.publishedSlug}`, "embed-page", everyone(200)),
  // Drafts are previewed only by the back office.
  page("(public)/preview/bills/[id]", (d) => `/preview/bills/${d.draftBillId}`, "private-page", editors),

  // Accounts: the link's token is the credential, so anyone holding it sees the form.
  page("(account)/invite/[token]", (d) => `/invite/${d.token}`, "private-page", everyone(200)),
  page("(account)/reset-password/[token]", (d) => `/reset-password/${d.token}`, "private-page", everyone(200)),
  page("(account)/login", () => "/login", "private-page", {
    anonymous: 200,
    editor: { redirect: "/admin" },
    admin: { redirect: "/admin" },
    deactivated: 200,
    revoked: 200,
  }),

  // The back office.
  page("admin", () => "/admin", "private-page", editors),
  page("admin/account", () => "/admin/account", "private-page", editors),
  page("admin/bills", () => "/admin/bills", "private-page", editors),
  page("admin/bills/new", () => "/admin/bills/new", "private-page", editors),
  page("admin/bills/[id]", (d) => `/admin/bills/${d.draftBillId}`, "private-page", editors),
  page("admin/bills/[id]/history", (d) => `/admin/bills/${d.draftBillId}/history`, "private-page", editors),
  page("admin/bills/[id]/history/[eventId]/correct", (d) => `/admin/bills/${d.draftBillId}/history/${d.eventId}/correct`, "private-page", editors),
  page("admin/bills/[id]/history/[eventId]/retract", (d) => `/admin/bills/${d.draftBillId}/history/${d.eventId}/retract`, "private-page", editors),
  page("admin/bills/[id]/revisions", (d) => `/admin/bills/${d.draftBillId}/revisions`, "private-page", editors),
  page("admin/bills/[id]/sources", (d) => `/admin/bills/${d.draftBillId}/sources`, "private-page", editors),
  page("admin/bills/[id]/text", (d) => `/admin/bills/${d.draftBillId}/text`, "private-page", editors),
  page("admin/inbox", () => "/admin/inbox", "private-page", editors),
  page("admin/inbox/[id]", (d) => `/admin/inbox/${d.suggestionId}`, "private-page", editors),
  page("admin/bills/[id]/delete", (d) => `/admin/bills/${d.draftBillId}/delete`, "private-page", admins),
  page("admin/key-dates", () => "/admin/key-dates", "private-page", editors),
  page("admin/key-dates/[id]", (d) => `/admin/key-dates/${d.keyDateId}`, "private-page", editors),
  page("admin/provisions", () => "/admin/provisions", "private-page", editors),
  page("admin/provisions/[id]", (d) => `/admin/provisions/${d.provisionId}`, "private-page", editors),
  page("admin/organisations", () => "/admin/organisations", "private-page", editors),
  page("admin/organisations/[id]", (d) => `/admin/organisations/${d.organisationId}`, "private-page", editors),
  page("admin/positions", () => "/admin/positions", "private-page", editors),
  page("admin/positions/[id]", (d) => `/admin/positions/${d.positionId}`, "private-page", editors),
  page("admin/windows", () => "/admin/windows", "private-page", editors),
  page("admin/windows/[id]", (d) => `/admin/windows/${d.windowId}`, "private-page", editors),
  page("admin/statistics", () => "/admin/statistics", "private-page", editors),
  page("admin/statistics/[id]", (d) => `/admin/statistics/${d.statisticId}`, "private-page", editors),
  page("admin/audit", () => "/admin/audit", "private-page", editors),
  page("admin/users", () => "/admin/users", "private-page", admins),
  page("admin/users/[id]", (d) => `/admin/users/${d.userId}`, "private-page", admins),
  page("admin/webhooks", () => "/admin/webhooks", "private-page", admins),
  page("admin/deliveries", () => "/admin/deliveries", "private-page", admins),
  page("admin/guide", () => "/admin/guide", "private-page", editors),

  // Feeds and calendars.
  { file: "app/(public)/feed.xml/route.ts", method: "GET", path: () => "/feed.xml", family: "open-data", outcomes: everyone(200) },
  { file: "app/(public)/calendar.ics/route.ts", method: "GET", path: () => "/calendar.ics", family: "open-data", outcomes: everyone(200) },
  {
    file: "app/(public)/bills/[slug]/feed.xml/route.ts",
    method: "GET",
    path: (d) => `/bills/${d.publishedSlug}/feed.xml`,
    family: "open-data",
    outcomes: everyone(200),
  },
  {
    file: "app/(public)/bills/[slug]/calendar.ics/route.ts",
    method: "GET",
    path: (d) => `/bills/${d.publishedSlug}/calendar.ics`,
    family: "open-data",
    outcomes: everyone(200),
  },

  // The open-data API: read-only, the same for everyone.
  { file: "app/api/v1/bills/route.ts", method: "GET", path: () => "/api/v1/bills", family: "open-data", outcomes: everyone(200) },
  { file: "app/api/v1/bills/route.ts", method: "OPTIONS", path: () => "/api/v1/bills", family: "open-data", outcomes: everyone(204) },
  { file: "app/api/v1/bills/[slug]/route.ts", method: "GET", path: (d) => `/api/v1/bills/${d.publishedSlug}`, family: "open-data", outcomes: everyone(200) },
  { file: "app/api/v1/bills/[slug]/route.ts", method: "OPTIONS", path: (d) => `/api/v1/bills/${d.publishedSlug}`, family: "open-data", outcomes: everyone(204) },
  { file: "app/api/v1/bills/[slug]/versions/route.ts", method: "GET", path: (d) => `/api/v1/bills/${d.publishedSlug}/versions`, family: "open-data", outcomes: everyone(200) },
  { file: "app/api/v1/bills/[slug]/versions/route.ts", method: "OPTIONS", path: (d) => `/api/v1/bills/${d.publishedSlug}/versions`, family: "open-data", outcomes: everyone(204) },
  { file: "app/api/v1/bills/[slug]/versions/[code]/route.ts", method: "GET", path: (d) => `/api/v1/bills/${d.publishedSlug}/versions/is`, family: "open-data", outcomes: everyone(404) },
  { file: "app/api/v1/bills/[slug]/versions/[code]/route.ts", method: "OPTIONS", path: (d) => `/api/v1/bills/${d.publishedSlug}/versions/is`, family: "open-data", outcomes: everyone(204) },
  { file: "app/api/v1/bills/[slug]/versions/compare/route.ts", method: "GET", path: (d) => `/api/v1/bills/${d.publishedSlug}/versions/compare?from=is&to=rs`, family: "open-data", outcomes: everyone(404) },
  { file: "app/api/v1/bills/[slug]/versions/compare/route.ts", method: "OPTIONS", path: (d) => `/api/v1/bills/${d.publishedSlug}/versions/compare`, family: "open-data", outcomes: everyone(204) },
  { file: "app/api/v1/export.json/route.ts", method: "GET", path: () => "/api/v1/export.json", family: "open-data", outcomes: everyone(200) },
  { file: "app/api/v1/export.json/route.ts", method: "OPTIONS", path: () => "/api/v1/export.json", family: "open-data", outcomes: everyone(204) },
  { file: "app/api/v1/export.csv/route.ts", method: "GET", path: () => "/api/v1/export.csv", family: "open-data", outcomes: everyone(200) },
  { file: "app/api/v1/export.csv/route.ts", method: "OPTIONS", path: () => "/api/v1/export.csv", family: "open-data", outcomes: everyone(204) },
  { file: "app/api/v1/compare/route.ts", method: "GET", path: (d) => `/api/v1/compare?bills=${d.publishedSlug}`, family: "open-data", outcomes: everyone(200) },
  { file: "app/api/v1/compare/route.ts", method: "OPTIONS", path: (d) => `/api/v1/compare?bills=${d.publishedSlug}`, family: "open-data", outcomes: everyone(204) },
  { file: "app/(public)/compare.csv/route.ts", method: "GET", path: (d) => `/compare.csv?bills=${d.publishedSlug}`, family: "open-data", outcomes: everyone(200) },
  { file: "app/api/v1/openapi.json/route.ts", method: "GET", path: () => "/api/v1/openapi.json", family: "open-data", outcomes: everyone(200) },
  { file: "app/api/v1/openapi.json/route.ts", method: "OPTIONS", path: () => "/api/v1/openapi.json", family: "open-data", outcomes: everyone(204) },
  { file: "app/api/v1/[...path]/route.ts", method: "GET", path: () => "/api/v1/no-such-endpoint", family: "open-data", outcomes: everyone(404) },

  // Other handlers.
  { file: "app/api/health/route.ts", method: "GET", path: () => "/api/health", family: "private-api", outcomes: everyone(200) },
  { file: "app/api/live/route.ts", method: "GET", path: () => "/api/live", family: "private-api", outcomes: everyone(200) },
  {
    file: "app/api/auth/[...nextauth]/route.ts",
    method: "GET",
    path: () => "/api/auth/session",
    family: "private-api",
    outcomes: everyone(200),
  },
  {
    // Auth.js refuses any post without its double-submit token, whoever sends it.
    file: "app/api/auth/[...nextauth]/route.ts",
    method: "POST",
    path: () => "/api/auth/callback/credentials",
    family: "private-api",
    outcomes: everyone({ redirect: "/login?error=MissingCSRF" }),
    body: { contentType: "application/x-www-form-urlencoded", text: "email=someone%40example.org&password=guess" },
  },
  {
    file: "app/api/alerts/unsubscribe/route.ts",
    method: "GET",
    path: (d) => `/api/alerts/unsubscribe?token=${d.token}`,
    family: "private-api",
    outcomes: everyone({ redirect: "/subscribe/unsubscribe?token=" }),
  },
  {
    // The token is the only credential (RFC 8058 one-click); an unknown one unsubscribes nobody,
    // and says "done" as a repeated click would.
    file: "app/api/alerts/unsubscribe/route.ts",
    method: "POST",
    path: (d) => `/api/alerts/unsubscribe?token=${d.token}`,
    family: "private-api",
    outcomes: everyone({ redirect: "/subscribe/unsubscribe?status=done" }),
    body: { contentType: "application/x-www-form-urlencoded", text: "" },
  },
  {
    // For the browser tests and the benchmark; without ENABLE_TEST_ROUTES it answers 404.
    file: "app/api/testing/status-events/route.ts",
    method: "POST",
    path: () => "/api/testing/status-events",
    family: "private-api",
    outcomes: everyone(422),
    body: { contentType: "application/json", text: "{}" },
  },
];
