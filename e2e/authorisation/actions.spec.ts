import { startFakeOfficialServer, type FakeOfficialServer } from "@/lib/source-watch/testing/fake-official-server";

import { expect, test } from "../auth-fixtures";

import { actionTable, govinfoFile } from "./actions";
import { removeMatrixContent } from "./cleanup";
import { writableFingerprint } from "./fingerprint";
import { actionId, renderedForm, withFills } from "./forms";
import { actionsOnDisk } from "./on-disk";
import { makeAccount, send, sessionsFor, signIn, type Answer, type Session, type Subject } from "./subjects";

// The real attack on a server action: its id is in every page that renders its form, so anyone
// who has seen the page (or the build) can post it. An administrator loads each form without
// JavaScript, as rendered, and every other kind of caller replays it with their own cookies,
// same-origin. Callers the action is not for must be refused and leave every table as it was;
// callers it is for get it done (one audit row more).

/** The order matters: the allowed callers come last, since some actions end their own session. */
const replayOrder: readonly Subject[] = ["anonymous", "deactivated", "revoked", "editor", "admin"];

/**
 * How a refusal looks over HTTP: callers with no valid session are sent to sign in, as the page
 * itself would send them; a signed-in editor gets the 403 page.
 */
function refused(subject: Subject, answer: Answer): boolean {
  if (subject === "editor") return answer.status === 403;
  return [303, 307].includes(answer.status) && (answer.location ?? "").startsWith("/login?callbackUrl=");
}

let govinfo: FakeOfficialServer | undefined;

test.beforeAll(async () => {
  govinfo = await startFakeOfficialServer(govinfoFile.port);
  govinfo.set(govinfoFile.path, { kind: "raw", status: 200, headers: { "Content-Type": "application/xml" }, body: govinfoFile.body });
});

test.afterAll(async ({ db }) => {
  await removeMatrixContent(db);
  await govinfo?.close();
});

test("the action table has one row per export of every \"use server\" file", () => {
  const rows = actionTable.map((row) => `${row.file}#${row.name}`);
  expect(new Set(rows).size).toBe(rows.length);
  expect(rows.sort()).toEqual(actionsOnDisk());
});

for (const row of actionTable) {
  test(`${row.name} (${row.file}) replayed by each kind of caller`, async ({ browser, db, baseURL }) => {
    const base = baseURL ?? "";
    const id = actionId(row.file, row.name);
    const sessions = await sessionsFor(base, db);
    const owner: Session =
      row.owner === "admin"
        ? { subject: "admin", cookie: await signIn(base, await makeAccount(db, "admin")), userId: null }
        : sessions.anonymous;

    for (const subject of replayOrder) {
      const target = await row.prepare(db);
      const entries = await renderedForm(browser, base, owner, target.path, id, target.pick, row.submit);
      const body = withFills(entries, { ...row.fill?.(), ...target.fill });
      const before = await writableFingerprint(db);
      const written = await db.auditLog.count({ where: { action: row.writes } });

      const answer = await send(base, sessions[subject], "POST", target.path, {
        headers: { origin: base, "sec-fetch-site": "same-origin" },
        body,
      });

      const seen = `${subject}: ${answer.status} ${answer.location ?? ""}`;
      if (row.allowed.includes(subject)) {
        expect(await db.auditLog.count({ where: { action: row.writes } }), seen).toBe(written + 1);
      } else if (row.nothingToDo?.includes(subject)) {
        expect(await writableFingerprint(db), seen).toEqual(before);
      } else {
        expect(refused(subject, answer), seen).toBe(true);
        expect(await writableFingerprint(db), seen).toEqual(before);
      }
    }
  });
}
