import { expect, test } from "../auth-fixtures";

import { routesOnDisk } from "./on-disk";
import { makeRouteData } from "./route-data";
import { routeTable, type Outcome, type RouteData, type RouteRow } from "./routes";
import { send, sessionsFor, subjects, type Answer, type Session, type Subject } from "./subjects";

// Every page and route handler × {anonymous, editor, admin, deactivated, revoked}, over real
// HTTP against the production build, with the cookies of real sign-ins.

let sessions: Record<Subject, Session>;
let data: RouteData;
let removeData: () => Promise<void>;

test.beforeAll(async ({ db }, testInfo) => {
  const baseURL = testInfo.project.use.baseURL ?? "";
  sessions = await sessionsFor(baseURL, db);
  ({ data, remove: removeData } = await makeRouteData(db));
});

test.afterAll(async () => {
  await removeData();
});

function expectOutcome(answer: Answer, expected: Outcome, path: string, who: string): void {
  const seen = `${who}: ${answer.status} ${answer.location ?? ""}`;
  if (typeof expected === "number") {
    expect(answer.status, seen).toBe(expected);
  } else if (expected === "login") {
    expect(answer.status, seen).toBe(307);
    expect(answer.location, seen).toBe(`/login?callbackUrl=${encodeURIComponent(path)}`);
  } else {
    expect([302, 303, 307], seen).toContain(answer.status);
    expect(answer.location?.startsWith(expected.redirect), seen).toBe(true);
  }
}

async function request(baseURL: string, row: RouteRow, session: Session, path: string): Promise<Answer> {
  return send(baseURL, session, row.method, path, {
    headers: row.body ? { "content-type": row.body.contentType, origin: baseURL, "sec-fetch-site": "same-origin" } : {},
    body: row.body?.text,
  });
}

test("the route table has one row per page and per exported method of every route handler", () => {
  const rows = routeTable.map((row) => `${row.file} ${row.method}`);
  expect(new Set(rows).size).toBe(rows.length);
  expect(rows.sort()).toEqual(routesOnDisk());
});

for (const row of routeTable) {
  test(`${row.method} ${row.file}`, async ({ db, baseURL }) => {
    const path = row.path(data);
    const auditBefore = await db.auditLog.aggregate({ _max: { id: true } });
    for (const subject of subjects) {
      expectOutcome(await request(baseURL ?? "", row, sessions[subject], path), row.outcomes[subject], path, subject);
    }
    // No row of this table may change anything, whoever asks.
    expect(await db.auditLog.aggregate({ _max: { id: true } })).toEqual(auditBefore);
  });
}
