import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { confirmSubscription } from "@/lib/alerts/commands/confirm-subscription";
import { createWebhook } from "@/lib/alerts/commands/create-webhook";
import { deleteWebhook } from "@/lib/alerts/commands/delete-webhook";
import { resendDelivery } from "@/lib/alerts/commands/resend-delivery";
import { setWebhookActive } from "@/lib/alerts/commands/set-webhook-active";
import { subscribe } from "@/lib/alerts/commands/subscribe";
import { unsubscribe } from "@/lib/alerts/commands/unsubscribe";
import type { CommandResult } from "@/lib/alerts/result";
import { hashToken as hashLinkToken, newToken as newLinkToken } from "@/lib/alerts/tokens";
import { loadActor, type Principal } from "@/lib/auth/authorize";
import { acceptInvite } from "@/lib/auth/commands/accept-invite";
import { changeOwnPassword } from "@/lib/auth/commands/change-password";
import { changeRole } from "@/lib/auth/commands/change-role";
import { completePasswordReset } from "@/lib/auth/commands/complete-password-reset";
import { deactivateUser } from "@/lib/auth/commands/deactivate-user";
import { inviteUser } from "@/lib/auth/commands/invite-user";
import { reactivateUser } from "@/lib/auth/commands/reactivate-user";
import { resetPassword } from "@/lib/auth/commands/reset-password";
import { revokeInvite } from "@/lib/auth/commands/revoke-invite";
import { revokeSessions } from "@/lib/auth/commands/sign-out";
import { hashPassword } from "@/lib/auth/password";
import { importTextVersion } from "@/lib/bill-text/commands/import-version";
import { newToken } from "@/lib/auth/tokens";
import { db } from "@/lib/db/client";
import { acceptSuggestion } from "@/lib/source-watch/commands/accept-suggestion";
import { acceptTextSuggestion } from "@/lib/source-watch/commands/accept-text-suggestion";
import { addWatchedSource } from "@/lib/source-watch/commands/add-watched-source";
import { dismissSuggestion } from "@/lib/source-watch/commands/dismiss-suggestion";
import { removeWatchedSource } from "@/lib/source-watch/commands/remove-watched-source";
import { setSuggestionAlerts } from "@/lib/source-watch/commands/set-suggestion-alerts";
import { sourceWatchSettings, type SourceWatchSettings } from "@/lib/source-watch/settings";
import { startFakeOfficialServer, type FakeOfficialServer } from "@/lib/source-watch/testing/fake-official-server";
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
import { correctStatusEvent } from "@/lib/legislation/commands/correct-status-event";
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
import type { Result } from "@/lib/result";
import { databaseFingerprint } from "@/lib/testing/fingerprint";
import { makeUser, principalFor, type ActorKind } from "@/lib/testing/users";
import { makeBill } from "@/prisma/seed/make-bill";

// Every command × every kind of caller: allowed, or a typed `forbidden` with nothing written.
// The table must name every exported command of lib/*/commands/*.ts: the last test lists what
// exists on disk, so a new command missing from it fails the build.

// Both result shapes: lib/result.ts and the alerts commands' own (lib/alerts/result.ts).
type AnyResult = Result<unknown, unknown> | CommandResult<unknown>;

interface CommandCase {
  name: string;
  /** Who may run it; everyone else is refused. */
  allowed: readonly ActorKind[];
  /** Callers whose run succeeds but has nothing to do, so writes nothing (signing out a session that already ended). */
  nothingToDo?: readonly ActorKind[];
  /** Make the data the command acts on and return its input. */
  prepare: (principal: Principal | null) => Promise<Record<string, unknown>>;
  run: (principal: Principal | null, input: Record<string, unknown>) => Promise<AnyResult>;
  /** The audit action an allowed run writes. */
  action: string;
}

const kinds: readonly ActorKind[] = ["anonymous", "editor", "admin", "deactivated", "revoked"];
const editors = ["editor", "admin"] as const;
const admins = ["admin"] as const;
/** Commands whose credential is a link's token, not a session: whoever holds the token may. */
const tokenHolders = kinds;

/** The alerts commands take the actor the back office resolved from the session (requireUser). */
const actorOf = (principal: Principal | null) => loadActor(db, principal);

async function userToken(kind: "invite" | "password_reset", email: string): Promise<string> {
  const { token, tokenHash } = newToken();
  await db.userToken.create({ data: { kind, email, tokenHash, role: "editor", expiresAt: new Date(Date.now() + 60 * 60 * 1000) } });
  return token;
}

async function makeWebhook() {
  return db.webhook.create({ data: { url: "https://hooks.example.org/matrix", secret: "matrix-secret-0123456789abcdef" } });
}

async function makeSubscription(confirmToken: string | null) {
  const email = `reader-${Math.random().toString(36).slice(2, 10)}@example.org`;
  const unsubscribeToken = newLinkToken();
  const subscription = await db.subscription.create({
    data: {
      email,
      mailbox: email,
      confirmTokenHash: confirmToken ? hashLinkToken(confirmToken) : null,
      confirmedAt: confirmToken ? null : new Date(),
      unsubscribeTokenHashes: [hashLinkToken(unsubscribeToken)],
    },
  });
  return { ...subscription, unsubscribeToken };
}

function billFields(slug: string) {
  return { slug, shortTitle: "Matrix Act", title: "The Matrix Act", jurisdiction: "us", session: "119th Congress", summary: "Text." };
}

async function billFormInput(state: "draft" | "published" = "published") {
  const bill = await makeBill({ state });
  return { ...billSnapshot(bill), id: bill.id, version: bill.version };
}

async function makeSuggestion() {
  const bill = await makeBill();
  return db.suggestion.create({
    data: {
      billId: bill.id,
      itemKey: `matrix-${Math.random().toString(36).slice(2, 10)}`,
      path: "senate",
      stage: "referred",
      chamber: "senate",
      occurredOn: new Date("2025-02-01T00:00:00Z"),
      description: "Referred to the Committee on Commerce.",
      sourceUrl: eventInput.sourceUrl,
    },
  });
}

// Accepting a suggested text version fetches its file from govinfo: a fake one on loopback.
const MATRIX_FILE = "/govinfo/content/pkg/BILLS-119hr1ih/xml/BILLS-119hr1ih.xml";
const MATRIX_BILL_XML = `<bill bill-stage="Introduced-in-House"><legis-body><section><enum>1.</enum><header>Short title</header><text>This Act may be cited as the Matrix Act.</text></section></legis-body></bill>`;
let govinfoServer: FakeOfficialServer | undefined;
const govinfo = { settings: sourceWatchSettings() };

beforeAll(async () => {
  govinfoServer = await startFakeOfficialServer();
  govinfoServer.set(MATRIX_FILE, { kind: "raw", status: 200, headers: { "Content-Type": "application/xml" }, body: MATRIX_BILL_XML });
  const settings: SourceWatchSettings = { ...sourceWatchSettings(), govinfoBaseUrl: `${govinfoServer.url}/govinfo`, policy: { allowPrivateAddresses: true } };
  govinfo.settings = settings;
});

afterAll(() => govinfoServer?.close());

async function makeTextSuggestion() {
  const bill = await makeBill();
  return db.suggestion.create({
    data: {
      billId: bill.id,
      itemKey: "text:ih",
      kind: "text_version",
      versionCode: "ih",
      occurredOn: new Date("2025-02-01T00:00:00Z"),
      description: "Introduced in House",
      sourceUrl: `${govinfo.settings.govinfoBaseUrl}${MATRIX_FILE.slice("/govinfo".length)}`,
    },
  });
}

async function firstEvent(billId: string) {
  return db.statusEvent.findFirstOrThrow({ where: { billId } });
}

const eventInput = {
  step: "senate:referred",
  occurredOn: "2025-02-01",
  chamber: "senate",
  description: "Referred to the Committee on Commerce.",
  sourceUrl: "https://www.congress.gov/bill/119th-congress/senate-bill/146/all-actions",
  sourceKind: "official",
};

const cases: CommandCase[] = [
  {
    name: "createBill",
    allowed: editors,
    action: "bill.created",
    prepare: async () => billFields(`matrix-${Math.random().toString(36).slice(2, 10)}`),
    run: createBill,
  },
  {
    name: "updateBill",
    allowed: editors,
    action: "bill.updated",
    prepare: async () => ({ ...(await billFormInput()), shortTitle: "Renamed Act" }),
    run: updateBill,
  },
  {
    name: "publishBill",
    allowed: editors,
    action: "bill.published",
    prepare: async () => {
      const bill = await makeBill({ state: "draft" });
      return { id: bill.id, version: bill.version };
    },
    run: publishBill,
  },
  {
    name: "scheduleBill",
    allowed: editors,
    action: "bill.scheduled",
    prepare: async () => {
      const bill = await makeBill({ state: "draft" });
      return { id: bill.id, version: bill.version, publishAt: "2099-01-01T09:00" };
    },
    run: scheduleBill,
  },
  {
    name: "unpublishBill",
    allowed: editors,
    action: "bill.unpublished",
    prepare: async () => {
      const bill = await makeBill({ state: "published" });
      return { id: bill.id, version: bill.version };
    },
    run: unpublishBill,
  },
  {
    name: "deleteBill",
    allowed: admins,
    action: "bill.deleted",
    prepare: async () => {
      const bill = await makeBill({ state: "draft" });
      return { id: bill.id, version: bill.version };
    },
    run: deleteBill,
  },
  {
    name: "restoreRevision",
    allowed: editors,
    action: "bill.restored",
    prepare: async () => {
      const bill = await makeBill();
      const edited = await db.bill.update({ where: { id: bill.id }, data: { shortTitle: "Edited", version: 2 } });
      await db.billRevision.create({ data: { billId: bill.id, version: 2, snapshot: billSnapshot(edited) } });
      return { id: bill.id, version: 2, revision: 1 };
    },
    run: restoreRevision,
  },
  {
    name: "recordStatusEvent",
    allowed: editors,
    action: "statusEvent.recorded",
    prepare: async () => ({ ...eventInput, billId: (await makeBill()).id }),
    run: recordStatusEvent,
  },
  {
    name: "correctStatusEvent",
    allowed: editors,
    action: "statusEvent.corrected",
    prepare: async () => {
      const event = await firstEvent((await makeBill()).id);
      return { ...eventInput, step: "senate:introduced", occurredOn: "2025-01-11", eventId: event.id, note: "The date was a day out." };
    },
    run: correctStatusEvent,
  },
  {
    name: "retractStatusEvent",
    allowed: editors,
    action: "statusEvent.retracted",
    prepare: async () => ({ eventId: (await firstEvent((await makeBill()).id)).id, reason: "Recorded against the wrong bill." }),
    run: retractStatusEvent,
  },
  {
    name: "acceptSuggestion",
    allowed: editors,
    action: "suggestion.accepted",
    prepare: async () => {
      const suggestion = await makeSuggestion();
      return { ...eventInput, suggestionId: suggestion.id, billId: suggestion.billId };
    },
    run: acceptSuggestion,
  },
  {
    name: "acceptTextSuggestion",
    allowed: editors,
    action: "suggestion.accepted",
    prepare: async () => ({ suggestionId: (await makeTextSuggestion()).id }),
    run: (principal, input) => acceptTextSuggestion(principal, input, govinfo.settings),
  },
  {
    name: "addWatchedSource",
    allowed: editors,
    action: "watchedSource.added",
    prepare: async () => ({ billId: (await makeBill()).id, kind: "congress_bill", identifier: "119/s/146" }),
    run: addWatchedSource,
  },
  {
    name: "removeWatchedSource",
    allowed: editors,
    action: "watchedSource.removed",
    prepare: async () => ({ id: (await db.watchedSource.create({ data: { billId: (await makeBill()).id, kind: "uk_bill", identifier: "3938", matchWords: [] } })).id }),
    run: removeWatchedSource,
  },
  {
    name: "importTextVersion",
    allowed: editors,
    action: "textVersion.imported",
    prepare: async () => ({
      billSlug: (await makeBill()).slug,
      code: "ih",
      raw: `<bill bill-stage="Introduced-in-House"><legis-body><section><enum>1.</enum><header>Short title</header><text>This Act may be cited as the Matrix Act.</text></section></legis-body></bill>`,
    }),
    run: importTextVersion,
  },
  {
    name: "setSuggestionAlerts",
    allowed: editors,
    action: "user.suggestionAlertsChanged",
    prepare: async () => ({ notifyOnSuggestions: "yes" }),
    run: setSuggestionAlerts,
  },
  {
    name: "dismissSuggestion",
    allowed: editors,
    action: "suggestion.dismissed",
    prepare: async () => ({ suggestionId: (await makeSuggestion()).id, reason: "Already recorded from the Congressional Record." }),
    run: dismissSuggestion,
  },
  {
    name: "createKeyDate",
    allowed: editors,
    action: "keyDate.created",
    prepare: async () => ({
      billId: (await makeBill()).id,
      date: "2026-05-19",
      title: "Platforms must comply",
      sourceUrl: "https://www.congress.gov/bill/119th-congress/senate-bill/146",
    }),
    run: createKeyDate,
  },
  {
    name: "updateKeyDate",
    allowed: editors,
    action: "keyDate.updated",
    prepare: async () => {
      const keyDate = await db.keyDate.create({
        data: { date: new Date("2026-05-19T00:00:00Z"), title: "Deadline", sourceUrl: "https://example.org/a" },
      });
      return { id: keyDate.id, version: keyDate.version, billId: "", date: "2026-05-20", title: "Deadline moved", sourceUrl: "https://example.org/a" };
    },
    run: updateKeyDate,
  },
  {
    name: "deleteKeyDate",
    allowed: editors,
    action: "keyDate.deleted",
    prepare: async () => {
      const keyDate = await db.keyDate.create({
        data: { date: new Date("2026-05-19T00:00:00Z"), title: "Deadline", sourceUrl: "https://example.org/a" },
      });
      return { id: keyDate.id, version: keyDate.version };
    },
    run: deleteKeyDate,
  },
  {
    name: "createProvision",
    allowed: editors,
    action: "provision.created",
    prepare: async () => ({ billId: (await makeBill()).id, category: "penalty", text: "Up to 5 years' imprisonment.", citation: "", position: "" }),
    run: createProvision,
  },
  {
    name: "updateProvision",
    allowed: editors,
    action: "provision.updated",
    prepare: async () => {
      const provision = await db.provision.create({ data: { billId: (await makeBill()).id, category: "penalty", text: "Up to 5 years." } });
      return { id: provision.id, version: provision.version, billId: provision.billId, category: "penalty", text: "Up to 3 years.", citation: "s. 2" };
    },
    run: updateProvision,
  },
  {
    name: "deleteProvision",
    allowed: editors,
    action: "provision.deleted",
    prepare: async () => {
      const provision = await db.provision.create({ data: { billId: (await makeBill()).id, category: "penalty", text: "Up to 5 years." } });
      return { id: provision.id, version: provision.version };
    },
    run: deleteProvision,
  },
  {
    name: "createOrganisation",
    allowed: editors,
    action: "organisation.created",
    prepare: async () => ({ name: `Org ${Math.random().toString(36).slice(2)}`, url: "https://example.org", isOwn: "" }),
    run: createOrganisation,
  },
  {
    name: "updateOrganisation",
    allowed: editors,
    action: "organisation.updated",
    prepare: async () => {
      const organisation = await db.organisation.create({ data: { name: `Org ${Math.random().toString(36).slice(2)}` } });
      return { id: organisation.id, version: organisation.version, name: `${organisation.name} renamed`, url: "" };
    },
    run: updateOrganisation,
  },
  {
    name: "recordPosition",
    allowed: editors,
    action: "position.recorded",
    prepare: async () => {
      const organisation = await db.organisation.create({ data: { name: `Org ${Math.random().toString(36).slice(2)}` } });
      return { billId: (await makeBill()).id, organisationId: organisation.id, stance: "oppose", statement: "We oppose it.", statedOn: "2025-03-01" };
    },
    run: recordPosition,
  },
  {
    name: "updatePosition",
    allowed: editors,
    action: "position.updated",
    prepare: async () => {
      const position = await makePosition();
      return { id: position.id, version: position.version, billId: position.billId, organisationId: position.organisationId, stance: "neutral", statement: "Corrected.", statedOn: "2025-03-02" };
    },
    run: updatePosition,
  },
  {
    name: "deletePosition",
    allowed: editors,
    action: "position.deleted",
    prepare: async () => {
      const position = await makePosition();
      return { id: position.id, version: position.version };
    },
    run: deletePosition,
  },
  {
    name: "createWindow",
    allowed: editors,
    action: "window.created",
    prepare: async () => ({ ...windowFields, billId: (await makeBill()).id }),
    run: createWindow,
  },
  {
    name: "updateWindow",
    allowed: editors,
    action: "window.updated",
    prepare: async () => {
      const window = await makeWindow();
      return { ...windowFields, id: window.id, version: window.version, billId: window.billId, title: "Moved" };
    },
    run: updateWindow,
  },
  {
    name: "deleteWindow",
    allowed: editors,
    action: "window.deleted",
    prepare: async () => {
      const window = await makeWindow();
      return { id: window.id, version: window.version };
    },
    run: deleteWindow,
  },
  {
    name: "createStatistic",
    allowed: editors,
    action: "statistic.created",
    prepare: async () => ({ label: "Reports", value: "36.2 million", period: "2023", sourceName: "NCMEC", sourceUrl: "", position: "3" }),
    run: createStatistic,
  },
  {
    name: "updateStatistic",
    allowed: editors,
    action: "statistic.updated",
    prepare: async () => {
      const statistic = await db.statistic.create({ data: { label: "Reports", value: "1", period: "2023", sourceName: "NCMEC" } });
      return { id: statistic.id, version: statistic.version, label: "Reports", value: "2", period: "2023", sourceName: "NCMEC" };
    },
    run: updateStatistic,
  },
  {
    name: "deleteStatistic",
    allowed: editors,
    action: "statistic.deleted",
    prepare: async () => {
      const statistic = await db.statistic.create({ data: { label: "Reports", value: "1", period: "2023", sourceName: "NCMEC" } });
      return { id: statistic.id, version: statistic.version };
    },
    run: deleteStatistic,
  },
  {
    name: "inviteUser",
    allowed: admins,
    action: "user.invited",
    prepare: async () => ({ email: `invitee-${Math.random().toString(36).slice(2, 10)}@example.org`, role: "editor" }),
    run: inviteUser,
  },
  {
    name: "revokeInvite",
    allowed: admins,
    action: "user.inviteRevoked",
    prepare: async () => {
      const email = `revoked-invitee-${Math.random().toString(36).slice(2, 10)}@example.org`;
      await userToken("invite", email);
      return { email };
    },
    run: revokeInvite,
  },
  {
    name: "changeRole",
    allowed: admins,
    action: "user.roleChanged",
    prepare: async () => ({ userId: (await makeUser("editor")).id, role: "admin" }),
    run: changeRole,
  },
  {
    name: "deactivateUser",
    allowed: admins,
    action: "user.deactivated",
    prepare: async () => ({ userId: (await makeUser("editor")).id }),
    run: deactivateUser,
  },
  {
    name: "reactivateUser",
    allowed: admins,
    action: "user.reactivated",
    prepare: async () => ({ userId: (await makeUser("editor", { deactivated: true })).id }),
    run: reactivateUser,
  },
  {
    name: "resetPassword",
    allowed: admins,
    action: "user.passwordReset",
    prepare: async () => ({ userId: (await makeUser("editor")).id }),
    run: resetPassword,
  },
  {
    name: "changeOwnPassword",
    allowed: editors,
    action: "user.passwordChanged",
    prepare: async (principal) => {
      if (principal) {
        await db.user.update({ where: { id: principal.userId }, data: { passwordHash: await hashPassword("old correct horse saddle") } });
      }
      return { currentPassword: "old correct horse saddle", password: "new violet lantern harbour", confirmPassword: "new violet lantern harbour" };
    },
    run: changeOwnPassword,
  },
  {
    name: "revokeSessions",
    allowed: editors,
    // Signing out with no session, or one that already ended, succeeds and changes nothing.
    nothingToDo: ["anonymous", "deactivated", "revoked"],
    action: "user.signedOut",
    prepare: async () => ({}),
    run: (principal) => revokeSessions(principal),
  },
  {
    name: "acceptInvite",
    allowed: tokenHolders,
    action: "user.created",
    prepare: async () => ({
      token: await userToken("invite", `invited-${Math.random().toString(36).slice(2, 10)}@example.org`),
      password: "violet harbour lantern forty",
      confirmPassword: "violet harbour lantern forty",
    }),
    run: (_principal, input) => acceptInvite(input),
  },
  {
    name: "completePasswordReset",
    allowed: tokenHolders,
    action: "user.passwordChanged",
    prepare: async () => ({
      token: await userToken("password_reset", (await makeUser("editor")).email),
      password: "violet harbour lantern forty",
      confirmPassword: "violet harbour lantern forty",
    }),
    run: (_principal, input) => completePasswordReset(input),
  },
  {
    name: "subscribe",
    // A public form: the double opt-in link, not a session, protects the address's owner.
    allowed: tokenHolders,
    action: "subscription.requested",
    prepare: async () => ({ email: `reader-${Math.random().toString(36).slice(2, 10)}@example.org`, bill: "all", frequency: "immediate" }),
    run: (_principal, input) => subscribe(db, input),
  },
  {
    name: "confirmSubscription",
    allowed: tokenHolders,
    action: "subscription.confirmed",
    prepare: async () => {
      const token = newLinkToken();
      await makeSubscription(token);
      return { token };
    },
    run: (_principal, input) => confirmSubscription(db, input),
  },
  {
    name: "unsubscribe",
    allowed: tokenHolders,
    action: "subscription.cancelled",
    prepare: async () => ({ token: (await makeSubscription(null)).unsubscribeToken }),
    run: (_principal, input) => unsubscribe(db, input),
  },
  {
    name: "createWebhook",
    allowed: admins,
    action: "webhook.created",
    prepare: async () => ({ url: "https://hooks.example.org/matrix", description: "Matrix" }),
    run: async (principal, input) => createWebhook(db, await actorOf(principal), input),
  },
  {
    name: "setWebhookActive",
    allowed: admins,
    action: "webhook.deactivated",
    prepare: async () => ({ id: (await makeWebhook()).id, active: false }),
    run: async (principal, input) => setWebhookActive(db, await actorOf(principal), input),
  },
  {
    name: "deleteWebhook",
    allowed: admins,
    action: "webhook.deleted",
    prepare: async () => ({ id: (await makeWebhook()).id }),
    run: async (principal, input) => deleteWebhook(db, await actorOf(principal), input),
  },
  {
    name: "resendDelivery",
    allowed: admins,
    action: "delivery.resent",
    prepare: async () => {
      const webhook = await makeWebhook();
      const delivery = await db.outbox.create({
        data: { channel: "webhook", topic: "status.changed", payload: { id: "matrix" }, webhookId: webhook.id, status: "failed", attempts: 8 },
      });
      return { deliveryId: String(delivery.id) };
    },
    run: async (principal, input) => resendDelivery(db, await actorOf(principal), input),
  },
];

describe.each(cases)("$name", (command) => {
  for (const kind of kinds) {
    const allowed = command.allowed.includes(kind);
    const nothingToDo = command.nothingToDo?.includes(kind) ?? false;
    const title = allowed ? `is allowed for ${kind}` : nothingToDo ? `does nothing for ${kind}` : `is refused for ${kind}, writing nothing`;
    it(title, async () => {
      const principal = await principalFor(kind);
      const input = await command.prepare(principal);
      const auditBefore = await db.auditLog.count({ where: { action: command.action } });
      const before = await databaseFingerprint();

      const result = await command.run(principal, input);

      if (allowed) {
        expect(result).toMatchObject({ ok: true });
        expect(await db.auditLog.count({ where: { action: command.action } })).toBe(auditBefore + 1);
      } else if (nothingToDo) {
        expect(result).toMatchObject({ ok: true });
        expect(await databaseFingerprint()).toEqual(before);
      } else {
        expect(result).toMatchObject({ ok: false, error: { code: "forbidden" } });
        expect(await databaseFingerprint()).toEqual(before);
      }
    });
  }
});

describe("sessions that no longer hold", () => {
  it("refuses a principal whose session version was bumped (role change, reset), writing nothing", async () => {
    const editor = await makeUser("editor");
    await db.user.update({ where: { id: editor.id }, data: { sessionVersion: { increment: 1 } } });
    const before = await databaseFingerprint();
    const result = await createBill(editor.principal, billFields("stale-session"));
    expect(result).toMatchObject({ ok: false, error: { code: "forbidden", message: "Your session has ended. Sign in again." } });
    expect(await databaseFingerprint()).toEqual(before);
  });

  it("refuses content changes until a one-time password is replaced, but allows replacing it", async () => {
    const admin = await makeUser("admin", { mustChangePassword: true, password: "one time pass word" });
    expect(await createBill(admin.principal, billFields("must-change"))).toMatchObject({ ok: false, error: { code: "forbidden" } });
    const changed = await changeOwnPassword(admin.principal, {
      currentPassword: "one time pass word",
      password: "a brand new long passphrase",
      confirmPassword: "a brand new long passphrase",
    });
    expect(changed).toMatchObject({ ok: true });
    expect(await db.user.findUniqueOrThrow({ where: { id: admin.id } })).toMatchObject({ mustChangePassword: false, sessionVersion: 2 });
  });
});

describe("signing out", () => {
  it("ends every copy of the session, with an audit row, so a cookie taken before cannot be replayed", async () => {
    const editor = await makeUser("editor");
    expect(await revokeSessions(editor.principal)).toEqual({ ok: true, value: { signedOut: true } });
    expect(await loadActor(db, editor.principal)).toBeNull();
    expect(await createBill(editor.principal, billFields("after-sign-out"))).toMatchObject({ ok: false, error: { code: "forbidden" } });
    expect(await db.auditLog.count({ where: { action: "user.signedOut", entityId: editor.id } })).toBe(1);
  });
});

const windowFields = {
  kind: "consultation",
  title: "Consultation",
  runBy: "A regulator",
  respondUrl: "https://example.org/respond",
  opensOn: "2030-01-01",
  closesOn: "2030-02-01",
};

async function makeWindow() {
  return db.participationWindow.create({
    data: { ...windowFields, kind: "consultation", billId: (await makeBill()).id, opensOn: new Date("2030-01-01T00:00:00Z"), closesOn: new Date("2030-02-01T00:00:00Z") },
  });
}

async function makePosition() {
  const organisation = await db.organisation.create({ data: { name: `Org ${Math.random().toString(36).slice(2)}` } });
  return db.position.create({
    data: { billId: (await makeBill()).id, organisationId: organisation.id, stance: "support", statement: "We support it.", statedOn: new Date("2025-03-01T00:00:00Z") },
  });
}

// Functions exported from command files that are steps inside commands (they take a
// transaction, not a caller), so they are not entry points and need no row in the table; and
// the command line's own entry (importTextVersionAsOperator), which has no caller to authorise:
// it is tested in scripts/text-import.int.test.ts.
const helpers = new Set([
  "announce",
  "billColumns",
  "billConflict",
  "checkDuplicate",
  "checkStageOrder",
  "checkRelatedBill",
  "eventAuditView",
  "eventColumns",
  "importTextVersionAsOperator",
  "isUniqueViolation",
  "keepOneOwn",
  "keyDateAuditView",
  "keyDateBill",
  "keyDateColumns",
  "lockBill",
  "lockUserAdministration",
  "lockNewSuggestion",
  "organisationAuditView",
  "otherActiveAdmins",
  "positionAuditView",
  "recordParsedEvent",
  "provisionAuditView",
  "provisionBill",
  "rederiveStage",
  "saveBillFields",
  "saveRevision",
  "setPublication",
  "suggestionAuditView",
  "statedOnColumn",
  "touchBill",
  "userAuditView",
  "visibilityOf",
  "windowAuditView",
  "windowColumns",
]);

describe("the table", () => {
  it("names every command that exists on disk, and nothing that does not", async () => {
    const modules = import.meta.glob<Record<string, unknown>>(["./*/commands/*.ts", "!./*/commands/*.test.ts"]);
    const exported: string[] = [];
    for (const load of Object.values(modules)) {
      for (const [name, value] of Object.entries(await load())) {
        if (typeof value === "function" && !helpers.has(name)) exported.push(name);
      }
    }
    expect(exported.length).toBeGreaterThan(30);
    expect(cases.map((command) => command.name).sort()).toEqual(exported.sort());
  });
});
