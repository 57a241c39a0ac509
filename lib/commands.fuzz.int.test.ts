import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { confirmSubscription } from "@/lib/alerts/commands/confirm-subscription";
import { createWebhook } from "@/lib/alerts/commands/create-webhook";
import { deleteWebhook } from "@/lib/alerts/commands/delete-webhook";
import { resendDelivery } from "@/lib/alerts/commands/resend-delivery";
import { setWebhookActive } from "@/lib/alerts/commands/set-webhook-active";
import { subscribe } from "@/lib/alerts/commands/subscribe";
import { unsubscribe } from "@/lib/alerts/commands/unsubscribe";
import { hashToken as hashLinkToken, newToken as newLinkToken } from "@/lib/alerts/tokens";
import { acceptInvite } from "@/lib/auth/commands/accept-invite";
import { changeOwnPassword } from "@/lib/auth/commands/change-password";
import { changeRole } from "@/lib/auth/commands/change-role";
import { completePasswordReset } from "@/lib/auth/commands/complete-password-reset";
import { deactivateUser } from "@/lib/auth/commands/deactivate-user";
import { inviteUser } from "@/lib/auth/commands/invite-user";
import { reactivateUser } from "@/lib/auth/commands/reactivate-user";
import { resetPassword } from "@/lib/auth/commands/reset-password";
import { signInSchema } from "@/lib/auth/schema";
import { attemptSignIn } from "@/lib/auth/sign-in";
import { db } from "@/lib/db/client";
import { acceptSuggestion } from "@/lib/source-watch/commands/accept-suggestion";
import { addWatchedSource } from "@/lib/source-watch/commands/add-watched-source";
import { dismissSuggestion } from "@/lib/source-watch/commands/dismiss-suggestion";
import { removeWatchedSource } from "@/lib/source-watch/commands/remove-watched-source";
import { setSuggestionAlerts } from "@/lib/source-watch/commands/set-suggestion-alerts";
import { clientAddress } from "@/lib/http/client-address";
import { correctStatusEvent } from "@/lib/legislation/commands/correct-status-event";
import { createBill } from "@/lib/legislation/commands/create-bill";
import { createKeyDate } from "@/lib/legislation/commands/create-key-date";
import { createOrganisation } from "@/lib/legislation/commands/create-organisation";
import { createProvision } from "@/lib/legislation/commands/create-provision";
import { createWindow } from "@/lib/legislation/commands/create-window";
import { deleteWindow } from "@/lib/legislation/commands/delete-window";
import { updateWindow } from "@/lib/legislation/commands/update-window";
import { deletePosition } from "@/lib/legislation/commands/delete-position";
import { recordPosition } from "@/lib/legislation/commands/record-position";
import { updateOrganisation } from "@/lib/legislation/commands/update-organisation";
import { updatePosition } from "@/lib/legislation/commands/update-position";
import { createStatistic } from "@/lib/legislation/commands/create-statistic";
import { deleteBill } from "@/lib/legislation/commands/delete-bill";
import { deleteKeyDate } from "@/lib/legislation/commands/delete-key-date";
import { deleteProvision } from "@/lib/legislation/commands/delete-provision";
import { deleteStatistic } from "@/lib/legislation/commands/delete-statistic";
import { publishBill } from "@/lib/legislation/commands/publish-bill";
import { recordStatusEvent } from "@/lib/legislation/commands/record-status-event";
import { restoreRevision } from "@/lib/legislation/commands/restore-revision";
import { retractStatusEvent } from "@/lib/legislation/commands/retract-status-event";
import { scheduleBill } from "@/lib/legislation/commands/schedule-bill";
import { unpublishBill } from "@/lib/legislation/commands/unpublish-bill";
import { updateBill } from "@/lib/legislation/commands/update-bill";
import { updateKeyDate } from "@/lib/legislation/commands/update-key-date";
import { updateProvision } from "@/lib/legislation/commands/update-provision";
import { updateStatistic } from "@/lib/legislation/commands/update-statistic";
import { billSnapshot } from "@/lib/legislation/snapshot";
import { databaseFingerprint } from "@/lib/testing/fingerprint";
import { fuzzRuns, fuzzSeed, hostileString, hostileValue, mutated } from "@/lib/testing/fuzz";
import { makeUser, type TestUser } from "@/lib/testing/users";
import { makeBill } from "@/prisma/seed/make-bill";

// Every command, fed hostile input by an authorised caller (so validation is really reached):
// it answers with ok or a typed error, never throws, and when it refuses, the database is
// exactly as it was. Each command's valid input is mutated a few fields at a time, so every
// run exercises the validation of the fields it broke while the rest stay good.

type Outcome = { ok: true } | { ok: false; error: { code: string; message: string; fieldErrors?: Record<string, string[]> } };

interface FuzzCase {
  name: string;
  /** A valid input for the command, made in the test database. */
  valid: () => Promise<Record<string, unknown>>;
  /** What a run needs afresh, made before the database is fingerprinted (a token that works once, say). */
  perRun?: () => Promise<string>;
  run: (input: unknown, fresh: string) => Promise<Outcome>;
  /** More runs for commands with many fields; fewer where a valid input costs a password hash. */
  runs?: number;
  /** Tables a refusal is meant to write: the counter of wrong passwords, which throttles the next guess. */
  refusalWrites?: string[];
}

const errorCodes = ["validation", "forbidden", "conflict", "not_found", "rate_limited", "expired"];
const seed = fuzzSeed();
const outcomes: Record<string, Record<string, number>> = {};

let admin: TestUser;
const adminActor = () => ({ id: admin.id, role: "admin" as const });

async function eventOf(billId: string) {
  return db.statusEvent.findFirstOrThrow({ where: { billId } });
}

const fuzzWindow = {
  kind: "consultation",
  title: "Consultation",
  runBy: "A regulator",
  respondUrl: "https://example.org/respond",
  description: "",
  opensOn: "2030-01-01",
  closesOn: "2030-02-01",
};

const eventFields = {
  step: "senate:referred",
  occurredOn: "2025-02-01",
  chamber: "senate",
  description: "Referred to the Committee on Commerce.",
  vote: "",
  sourceUrl: "https://www.congress.gov/bill/119th-congress/senate-bill/146/all-actions",
  sourceKind: "official",
  archiveUrl: "",
  note: "",
  confirmOutOfOrder: "",
};

async function makeSuggestion() {
  const bill = await makeBill();
  return db.suggestion.create({
    data: {
      billId: bill.id,
      itemKey: `fuzz-${Math.random().toString(36).slice(2, 10)}`,
      path: "senate",
      stage: "referred",
      chamber: "senate",
      occurredOn: new Date("2025-02-01T00:00:00Z"),
      description: "Referred to the Committee on Commerce.",
      sourceUrl: eventFields.sourceUrl,
    },
  });
}

async function billForm() {
  const bill = await makeBill({ state: "draft" });
  const snapshot = billSnapshot(bill);
  // As the form sends it: lists one per line.
  return {
    ...snapshot,
    numbers: snapshot.numbers.join("\n"),
    sponsors: snapshot.sponsors.join("\n"),
    committees: snapshot.committees.join("\n"),
    keyProvisions: snapshot.keyProvisions.join("\n"),
    topics: snapshot.topics.join("\n"),
    longTitle: snapshot.longTitle ?? "",
    editorialNote: snapshot.editorialNote ?? "",
    verifiedOn: snapshot.verifiedOn ?? "",
    id: bill.id,
    version: String(bill.version),
  };
}

const FRESH_TOKEN = "fresh token, replaced on each run";

/** The input with the placeholder token replaced by a fresh one, so an earlier run's success does not use it up. */
function withToken(input: unknown, token: string): unknown {
  if (typeof input !== "object" || input === null || Array.isArray(input)) return input;
  const { token: given } = input as { token?: unknown };
  return given === FRESH_TOKEN ? { ...input, token } : input;
}

async function newInviteToken(kind: "invite" | "reset") {
  const invitee = `fuzz-${Math.random().toString(36).slice(2, 10)}@example.org`;
  if (kind === "invite") {
    const invited = await inviteUser(admin.principal, { email: invitee, role: "editor" });
    if (!invited.ok) throw new Error("invite should succeed");
    return invited.value.token;
  }
  const user = await makeUser("editor");
  const reset = await resetPassword(admin.principal, { userId: user.id });
  if (!reset.ok) throw new Error("reset should succeed");
  return reset.value.token;
}

const newPassword = { password: "a long and quiet harbour lantern", confirmPassword: "a long and quiet harbour lantern" };

const cases: FuzzCase[] = [
  {
    name: "createBill",
    valid: async () => ({
      slug: "",
      shortTitle: "Fuzz Act",
      title: "The Fuzz Act",
      longTitle: "",
      jurisdiction: "us",
      numbers: "S.1\nH.R.2",
      session: "119th Congress",
      sponsors: "Sen. A",
      committees: "",
      summary: "Some **Markdown**.",
      keyProvisions: "",
      topics: "Online safety",
      officialLinks: "Congress | https://www.congress.gov/",
      verifiedOn: "2025-03-01",
      editorialNote: "",
    }),
    run: (input) => createBill(admin.principal, input),
    runs: 60,
  },
  { name: "updateBill", valid: billForm, run: (input) => updateBill(admin.principal, input), runs: 60 },
  {
    name: "publishBill",
    valid: async () => {
      const bill = await makeBill({ state: "draft" });
      return { id: bill.id, version: String(bill.version) };
    },
    run: (input) => publishBill(admin.principal, input),
  },
  {
    name: "scheduleBill",
    valid: async () => {
      const bill = await makeBill({ state: "draft" });
      return { id: bill.id, version: String(bill.version), publishAt: "2099-01-01T09:00" };
    },
    run: (input) => scheduleBill(admin.principal, input),
  },
  {
    name: "unpublishBill",
    valid: async () => {
      const bill = await makeBill({ state: "published" });
      return { id: bill.id, version: String(bill.version) };
    },
    run: (input) => unpublishBill(admin.principal, input),
  },
  {
    name: "deleteBill",
    valid: async () => {
      const bill = await makeBill({ state: "draft" });
      return { id: bill.id, version: String(bill.version) };
    },
    run: (input) => deleteBill(admin.principal, input),
  },
  {
    name: "restoreRevision",
    valid: async () => {
      const bill = await makeBill();
      const edited = await db.bill.update({ where: { id: bill.id }, data: { shortTitle: "Edited", version: 2 } });
      await db.billRevision.create({ data: { billId: bill.id, version: 2, snapshot: billSnapshot(edited) } });
      return { id: bill.id, version: "2", revision: "1" };
    },
    run: (input) => restoreRevision(admin.principal, input),
  },
  {
    name: "recordStatusEvent",
    valid: async () => ({ ...eventFields, billId: (await makeBill()).id }),
    run: (input) => recordStatusEvent(admin.principal, input),
    runs: 60,
  },
  {
    name: "correctStatusEvent",
    valid: async () => {
      const event = await eventOf((await makeBill()).id);
      return { ...eventFields, step: "senate:introduced", occurredOn: "2025-01-11", eventId: event.id, note: "The date was a day out." };
    },
    run: (input) => correctStatusEvent(admin.principal, input),
    runs: 60,
  },
  {
    name: "retractStatusEvent",
    valid: async () => ({ eventId: (await eventOf((await makeBill()).id)).id, reason: "Recorded against the wrong bill." }),
    run: (input) => retractStatusEvent(admin.principal, input),
  },
  {
    name: "acceptSuggestion",
    valid: async () => {
      const suggestion = await makeSuggestion();
      return { ...eventFields, suggestionId: suggestion.id, billId: suggestion.billId };
    },
    run: (input) => acceptSuggestion(admin.principal, input),
  },
  {
    name: "addWatchedSource",
    valid: async () => ({ billId: (await makeBill()).id, kind: "legislation_gov_uk", identifier: "ukpga/2026/20", matchWords: "Crime and Policing Act 2026" }),
    run: (input) => addWatchedSource(admin.principal, input),
  },
  {
    name: "removeWatchedSource",
    valid: async () => ({ id: (await db.watchedSource.create({ data: { billId: (await makeBill()).id, kind: "uk_bill", identifier: "3938", matchWords: [] } })).id }),
    run: (input) => removeWatchedSource(admin.principal, input),
  },
  {
    name: "setSuggestionAlerts",
    valid: async () => ({ notifyOnSuggestions: "yes" }),
    run: (input) => setSuggestionAlerts(admin.principal, input),
  },
  {
    name: "dismissSuggestion",
    valid: async () => ({ suggestionId: (await makeSuggestion()).id, reason: "Already recorded from the Congressional Record." }),
    run: (input) => dismissSuggestion(admin.principal, input),
  },
  {
    name: "createKeyDate",
    valid: async () => ({
      billId: (await makeBill()).id,
      date: "2026-05-19",
      title: "Platforms must comply",
      description: "",
      sourceUrl: "https://www.congress.gov/bill/119th-congress/senate-bill/146",
    }),
    run: (input) => createKeyDate(admin.principal, input),
  },
  {
    name: "updateKeyDate",
    valid: async () => {
      const keyDate = await db.keyDate.create({
        data: { date: new Date("2026-05-19T00:00:00Z"), title: "Deadline", sourceUrl: "https://example.org/a" },
      });
      return { id: keyDate.id, version: String(keyDate.version), billId: "", date: "2026-05-20", title: "Moved", description: "", sourceUrl: "https://example.org/a" };
    },
    run: (input) => updateKeyDate(admin.principal, input),
  },
  {
    name: "deleteKeyDate",
    valid: async () => {
      const keyDate = await db.keyDate.create({
        data: { date: new Date("2026-05-19T00:00:00Z"), title: "Deadline", sourceUrl: "https://example.org/a" },
      });
      return { id: keyDate.id, version: String(keyDate.version) };
    },
    run: (input) => deleteKeyDate(admin.principal, input),
  },
  {
    name: "createProvision",
    valid: async () => ({ billId: (await makeBill()).id, category: "penalty", text: "Up to 5 years' imprisonment.", citation: "s. 2", position: "1" }),
    run: (input) => createProvision(admin.principal, input),
  },
  {
    name: "updateProvision",
    valid: async () => {
      const provision = await db.provision.create({ data: { billId: (await makeBill()).id, category: "penalty", text: "Up to 5 years." } });
      return { id: provision.id, version: String(provision.version), billId: provision.billId, category: "scope", text: "Platforms.", citation: "", position: "0" };
    },
    run: (input) => updateProvision(admin.principal, input),
  },
  {
    name: "deleteProvision",
    valid: async () => {
      const provision = await db.provision.create({ data: { billId: (await makeBill()).id, category: "penalty", text: "Up to 5 years." } });
      return { id: provision.id, version: String(provision.version) };
    },
    run: (input) => deleteProvision(admin.principal, input),
  },
  {
    name: "createOrganisation",
    valid: async () => ({ name: `Org ${Math.random().toString(36).slice(2)}`, url: "https://example.org", isOwn: "yes" }),
    run: (input) => createOrganisation(admin.principal, input),
  },
  {
    name: "updateOrganisation",
    valid: async () => {
      const organisation = await db.organisation.create({ data: { name: `Org ${Math.random().toString(36).slice(2)}` } });
      return { id: organisation.id, version: String(organisation.version), name: `${organisation.name} renamed`, url: "", isOwn: "" };
    },
    run: (input) => updateOrganisation(admin.principal, input),
  },
  {
    name: "recordPosition",
    valid: async () => {
      const organisation = await db.organisation.create({ data: { name: `Org ${Math.random().toString(36).slice(2)}` } });
      return { billId: (await makeBill()).id, organisationId: organisation.id, stance: "oppose", statement: "We oppose it.", sourceUrl: "", statedOn: "2025-03-01" };
    },
    run: (input) => recordPosition(admin.principal, input),
  },
  {
    name: "updatePosition",
    valid: async () => {
      const organisation = await db.organisation.create({ data: { name: `Org ${Math.random().toString(36).slice(2)}` } });
      const position = await db.position.create({
        data: { billId: (await makeBill()).id, organisationId: organisation.id, stance: "support", statement: "Yes.", statedOn: new Date("2025-03-01T00:00:00Z") },
      });
      return { id: position.id, version: String(position.version), billId: position.billId, organisationId: organisation.id, stance: "neutral", statement: "Corrected.", sourceUrl: "", statedOn: "2025-03-02" };
    },
    run: (input) => updatePosition(admin.principal, input),
  },
  {
    name: "deletePosition",
    valid: async () => {
      const organisation = await db.organisation.create({ data: { name: `Org ${Math.random().toString(36).slice(2)}` } });
      const position = await db.position.create({
        data: { billId: (await makeBill()).id, organisationId: organisation.id, stance: "support", statement: "Yes.", statedOn: new Date("2025-03-01T00:00:00Z") },
      });
      return { id: position.id, version: String(position.version) };
    },
    run: (input) => deletePosition(admin.principal, input),
  },
  {
    name: "createWindow",
    valid: async () => ({ ...fuzzWindow, billId: (await makeBill()).id }),
    run: (input) => createWindow(admin.principal, input),
  },
  {
    name: "updateWindow",
    valid: async () => {
      const window = await db.participationWindow.create({
        data: { ...fuzzWindow, kind: "consultation", billId: (await makeBill()).id, opensOn: new Date("2030-01-01T00:00:00Z"), closesOn: new Date("2030-02-01T00:00:00Z") },
      });
      return { ...fuzzWindow, id: window.id, version: String(window.version), billId: window.billId };
    },
    run: (input) => updateWindow(admin.principal, input),
  },
  {
    name: "deleteWindow",
    valid: async () => {
      const window = await db.participationWindow.create({
        data: { ...fuzzWindow, kind: "consultation", billId: (await makeBill()).id, opensOn: new Date("2030-01-01T00:00:00Z"), closesOn: new Date("2030-02-01T00:00:00Z") },
      });
      return { id: window.id, version: String(window.version) };
    },
    run: (input) => deleteWindow(admin.principal, input),
  },
  {
    name: "createStatistic",
    valid: async () => ({ label: "Reports", value: "36.2 million", period: "2023", sourceName: "NCMEC", sourceUrl: "", position: "3" }),
    run: (input) => createStatistic(admin.principal, input),
  },
  {
    name: "updateStatistic",
    valid: async () => {
      const statistic = await db.statistic.create({ data: { label: "Reports", value: "1", period: "2023", sourceName: "NCMEC" } });
      return { id: statistic.id, version: String(statistic.version), label: "Reports", value: "2", period: "2023", sourceName: "NCMEC", sourceUrl: "", position: "0" };
    },
    run: (input) => updateStatistic(admin.principal, input),
  },
  {
    name: "deleteStatistic",
    valid: async () => {
      const statistic = await db.statistic.create({ data: { label: "Reports", value: "1", period: "2023", sourceName: "NCMEC" } });
      return { id: statistic.id, version: String(statistic.version) };
    },
    run: (input) => deleteStatistic(admin.principal, input),
  },
  {
    name: "inviteUser",
    valid: async () => ({ email: "invitee@example.org", role: "editor" }),
    run: (input) => inviteUser(admin.principal, input),
  },
  {
    name: "changeRole",
    valid: async () => ({ userId: (await makeUser("editor")).id, role: "admin" }),
    run: (input) => changeRole(admin.principal, input),
  },
  {
    name: "deactivateUser",
    valid: async () => ({ userId: (await makeUser("editor")).id }),
    run: (input) => deactivateUser(admin.principal, input),
  },
  {
    name: "reactivateUser",
    valid: async () => ({ userId: (await makeUser("editor", { deactivated: true })).id }),
    run: (input) => reactivateUser(admin.principal, input),
  },
  {
    name: "resetPassword",
    valid: async () => ({ userId: (await makeUser("editor")).id }),
    run: (input) => resetPassword(admin.principal, input),
  },
  {
    name: "changeOwnPassword",
    valid: async () => ({ currentPassword: "old correct horse saddle", ...newPassword }),
    // Its own account each run: a successful change ends the session it was made with.
    perRun: async () => (await makeUser("editor", { password: "old correct horse saddle" })).id,
    run: async (input, userId) => {
      const { sessionVersion } = await db.user.findUniqueOrThrow({ where: { id: userId } });
      return changeOwnPassword({ userId, sessionVersion }, input);
    },
    runs: 25,
    refusalWrites: ["LoginThrottle"],
  },
  {
    name: "acceptInvite",
    valid: async () => ({ token: FRESH_TOKEN, ...newPassword }),
    perRun: () => newInviteToken("invite"),
    run: (input, token) => acceptInvite(withToken(input, token)),
    runs: 25,
  },
  {
    name: "completePasswordReset",
    valid: async () => ({ token: FRESH_TOKEN, ...newPassword }),
    perRun: () => newInviteToken("reset"),
    run: (input, token) => completePasswordReset(withToken(input, token)),
    runs: 25,
  },
  {
    name: "subscribe",
    valid: async () => ({ email: "reader@example.org", bill: "all", frequency: "daily" }),
    run: (input) => subscribe(db, input),
  },
  {
    name: "confirmSubscription",
    valid: async () => {
      const token = newLinkToken();
      await db.subscription.create({
        data: { email: "confirm@example.org", mailbox: "confirm@example.org", confirmTokenHash: hashLinkToken(token), unsubscribeTokenHashes: [hashLinkToken(newLinkToken())] },
      });
      return { token };
    },
    run: (input) => confirmSubscription(db, input),
  },
  {
    name: "unsubscribe",
    valid: async () => {
      const token = newLinkToken();
      await db.subscription.create({
        data: { email: "leaving@example.org", mailbox: "leaving@example.org", unsubscribeTokenHashes: [hashLinkToken(token)], confirmedAt: new Date() },
      });
      return { token };
    },
    run: (input) => unsubscribe(db, input),
  },
  {
    name: "createWebhook",
    valid: async () => ({ url: "https://hooks.example.org/policy", description: "Newsroom", secret: "" }),
    run: (input) => createWebhook(db, adminActor(), input),
  },
  {
    name: "setWebhookActive",
    valid: async () => ({ id: (await db.webhook.create({ data: { url: "https://hooks.example.org/a", secret: "whsec_x" } })).id, active: false }),
    run: (input) => setWebhookActive(db, adminActor(), input),
  },
  {
    name: "deleteWebhook",
    valid: async () => ({ id: (await db.webhook.create({ data: { url: "https://hooks.example.org/b", secret: "whsec_x" } })).id }),
    run: (input) => deleteWebhook(db, adminActor(), input),
  },
  {
    name: "resendDelivery",
    valid: async () => {
      const webhook = await db.webhook.create({ data: { url: "https://hooks.example.org/c", secret: "whsec_x" } });
      const row = await db.outbox.create({
        data: { channel: "webhook", topic: "statusEvent.recorded", payload: {}, webhookId: webhook.id, status: "failed" },
      });
      return { deliveryId: String(row.id) };
    },
    run: (input) => resendDelivery(db, adminActor(), input),
  },
];

/** Throws (failing the property) unless `result` is ok or a typed error with a sentence. */
function expectTyped(result: Outcome): void {
  expect(result).toEqual(expect.objectContaining({ ok: expect.any(Boolean) }));
  if (result.ok) return;
  expect(errorCodes).toContain(result.error.code);
  expect(result.error.message).toMatch(/\S/);
  for (const messages of Object.values(result.error.fieldErrors ?? {})) {
    expect(messages.every((message) => typeof message === "string" && message.length > 0)).toBe(true);
  }
}

beforeAll(async () => {
  admin = await makeUser("admin");
  console.info(`commands fuzz seed ${seed} (replay with FUZZ_SEED=${seed})`);
});

afterAll(() => {
  console.info(`commands fuzz outcomes per command:\n${JSON.stringify(outcomes, null, 1)}`);
});

describe.each(cases)("$name under hostile input", (command) => {
  it("answers ok or a typed error, and writes nothing when it refuses", async () => {
    const valid = await command.valid();
    const tally: Record<string, number> = {};
    outcomes[command.name] = tally;
    await fc.assert(
      fc.asyncProperty(mutated(valid, ["__proto__", "constructor", "extra"]), async (input) => {
        const fresh = (await command.perRun?.()) ?? "";
        const fingerprint = async () => {
          const tables = await databaseFingerprint();
          for (const table of command.refusalWrites ?? []) delete tables[table];
          return tables;
        };
        const before = await fingerprint();
        let result: Outcome;
        try {
          result = await command.run(input, fresh);
        } catch (error) {
          throw new Error(`${command.name} threw on ${JSON.stringify(input)?.slice(0, 300)}: ${String(error).slice(0, 500)}`);
        }
        expectTyped(result);
        const key = result.ok ? "ok" : result.error.code;
        tally[key] = (tally[key] ?? 0) + 1;
        if (!result.ok) expect(await fingerprint()).toEqual(before);
      }),
      { seed, numRuns: fuzzRuns(command.runs ?? 40), endOnFailure: true },
    );
    // Hostile input must have been judged by validation, not only turned away at the door.
    expect(tally.validation ?? 0).toBeGreaterThan(0);
  });
});

describe("sign-in (the Credentials provider's check) under hostile input", () => {
  it("answers with an outcome, never an exception", async () => {
    const tally: Record<string, number> = {};
    outcomes.signIn = tally;
    await makeUser("editor", { email: "known@example.org", password: "right long password here" });
    // Mostly strings, so that most runs get past the schema to the throttled check.
    const credentials = fc.record({
      email: fc.oneof({ weight: 4, arbitrary: hostileString }, { weight: 1, arbitrary: hostileValue }, { weight: 1, arbitrary: fc.constant("known@example.org") }),
      password: fc.oneof({ weight: 4, arbitrary: hostileString }, { weight: 1, arbitrary: hostileValue }),
    });
    await fc.assert(
      fc.asyncProperty(credentials, hostileString, async (input, forwardedFor) => {
        // As lib/auth/auth.ts does it: the shared schema first, then the throttled check.
        const parsed = signInSchema.safeParse(input);
        if (!parsed.success) {
          tally.refusedBySchema = (tally.refusedBySchema ?? 0) + 1;
          return;
        }
        const headers = new Headers();
        // Headers refuses what no HTTP request can carry; such an address never reaches the check.
        if (!/[^\u0020-\u007e]/.test(forwardedFor)) headers.set("x-forwarded-for", forwardedFor);
        // Behind one trusted proxy, so the hostile X-Forwarded-For is what the address is read from.
        const outcome = await attemptSignIn(db, { ...parsed.data, ip: clientAddress(headers, { kind: "hops", hops: 1 }) });
        const key = outcome.ok ? "ok" : outcome.reason;
        tally[key] = (tally[key] ?? 0) + 1;
        expect(["ok", "invalid", "throttled", "deactivated"]).toContain(key);
      }),
      { seed, numRuns: fuzzRuns(30), endOnFailure: true },
    );
  });
});
