import { randomBytes } from "node:crypto";
import { readFileSync } from "node:fs";
import path from "node:path";

import { newToken as newLinkToken, hashToken as hashLinkToken } from "@/lib/alerts/tokens";
import { newToken } from "@/lib/auth/tokens";
import type { PrismaClient } from "@/lib/db/generated/client";
import { billSnapshot } from "@/lib/legislation/snapshot";
import { createBill } from "@/prisma/seed/factories";

import { introducedInSenate } from "../introduced-event";
import { firstPort } from "../instances";

import { makeAccount, MATRIX_PASSWORD, type Subject } from "./subjects";

// Every server action (every export of every "use server" file in app/), the page whose form
// posts it, and who may run it. The matrix has the form's owner load the page without
// JavaScript, takes the form as rendered (its $ACTION_… fields included), and replays it with
// each subject's cookies.

export interface Target {
  /** The page whose form posts the action (it is also where the form posts to). */
  path: string;
  /** When the page has one such form per row: a value only the right form carries. */
  pick?: string;
  /** What the owner would type, when it depends on what was made. */
  fill?: Record<string, string>;
}

export interface ActionRow {
  file: string;
  name: string;
  /** Who may run it; the others are refused and nothing is written. */
  allowed: readonly Subject[];
  /** Who succeed without writing anything, because there is nothing to do (signing out a dead session). */
  nothingToDo?: readonly Subject[];
  /** Who loads the page: the public forms are the same for everyone, the back office's are an administrator's. */
  owner: "anonymous" | "admin";
  prepare: (db: PrismaClient) => Promise<Target>;
  /** What the owner would type (or the file they would choose) before submitting. */
  fill?: () => Record<string, string | File>;
  /** The submit button pressed, by its value, when the form has several. */
  submit?: string;
  /** The audit action an allowed replay writes. */
  writes: string;
}

const everyone: readonly Subject[] = ["anonymous", "editor", "admin", "deactivated", "revoked"];
const editors: readonly Subject[] = ["editor", "admin"];
const admins: readonly Subject[] = ["admin"];

const suffix = () => randomBytes(4).toString("hex");
const NEW_PASSWORD = "lantern harbour violet forty two";

async function draftBill(db: PrismaClient) {
  const id = suffix();
  return db.$transaction((tx) =>
    createBill(tx, {
      slug: `matrix-action-${id}`,
      shortTitle: `Matrix Action Bill ${id}`,
      jurisdiction: "us",
      state: "draft",
      summary: "A bill for the server-action matrix.",
      events: [{ ...introducedInSenate }],
    }),
  );
}

async function eventOf(db: PrismaClient) {
  const bill = await draftBill(db);
  const event = await db.statusEvent.findFirstOrThrow({ where: { billId: bill.id } });
  return { bill, event };
}

async function userToken(db: PrismaClient, kind: "invite" | "password_reset", email: string): Promise<string> {
  const { token, tokenHash } = newToken();
  await db.userToken.create({ data: { kind, email, tokenHash, role: "editor", expiresAt: new Date(Date.now() + 60 * 60 * 1000) } });
  return token;
}

async function keyDate(db: PrismaClient) {
  return db.keyDate.create({ data: { date: new Date("2026-05-19T00:00:00Z"), title: `Matrix deadline ${suffix()}`, sourceUrl: "https://example.org/a" } });
}

async function provision(db: PrismaClient) {
  const bill = await draftBill(db);
  return db.provision.create({ data: { billId: bill.id, category: "penalty", text: `Matrix provision ${suffix()}` } });
}

async function organisation(db: PrismaClient) {
  return db.organisation.create({ data: { name: `Matrix organisation ${suffix()}` } });
}

async function position(db: PrismaClient) {
  const bill = await draftBill(db);
  const by = await organisation(db);
  return db.position.create({ data: { billId: bill.id, organisationId: by.id, stance: "oppose", statement: "Matrix.", statedOn: new Date("2025-03-01T00:00:00Z") } });
}

async function participationWindow(db: PrismaClient) {
  const bill = await draftBill(db);
  return db.participationWindow.create({
    data: {
      billId: bill.id,
      kind: "consultation",
      title: `Matrix window ${suffix()}`,
      runBy: "Matrix",
      respondUrl: "https://example.org/respond",
      opensOn: new Date("2030-01-01T00:00:00Z"),
      closesOn: new Date("2030-02-01T00:00:00Z"),
    },
  });
}

async function statistic(db: PrismaClient) {
  return db.statistic.create({ data: { label: `Matrix figure ${suffix()}`, value: "1", period: "2025", sourceName: "Matrix" } });
}

async function suggestion(db: PrismaClient) {
  const bill = await draftBill(db);
  return db.suggestion.create({
    data: {
      billId: bill.id,
      itemKey: `matrix-${suffix()}`,
      path: "senate",
      stage: "referred",
      chamber: "senate",
      occurredOn: new Date("2025-02-01T00:00:00Z"),
      description: "Referred to the Committee on Commerce.",
      sourceUrl: "https://www.congress.gov/bill/119th-congress/senate-bill/146/all-actions",
    },
  });
}

/**
 * Accepting a suggested text version fetches its file from govinfo: the spec serves this one at
 * the address Playwright's server knows as govinfo (GOVINFO_BASE_URL in playwright.config.ts).
 */
export const govinfoFile = {
  port: firstPort + 3,
  path: "/govinfo/content/pkg/BILLS-119hr1ih/xml/BILLS-119hr1ih.xml",
  body: `<bill bill-stage="Introduced-in-House"><legis-body><section><enum>1.</enum><header>Short title</header><text>This Act may be cited as the Matrix Act.</text></section></legis-body></bill>`,
};

async function textSuggestion(db: PrismaClient) {
  const bill = await draftBill(db);
  return db.suggestion.create({
    data: {
      billId: bill.id,
      itemKey: "text:ih",
      kind: "text_version",
      versionCode: "ih",
      occurredOn: new Date("2025-02-01T00:00:00Z"),
      description: "Introduced in House",
      sourceUrl: `http://127.0.0.1:${govinfoFile.port}${govinfoFile.path}`,
    },
  });
}

async function webhook(db: PrismaClient) {
  return db.webhook.create({ data: { url: `https://hooks.example.org/${suffix()}`, secret: `matrix-secret-${randomBytes(12).toString("hex")}` } });
}

const textFixture = (name: string) =>
  new File([readFileSync(path.join(import.meta.dirname, "../../lib/bill-text/fixtures", name))], name, { type: "text/xml" });

const newPassword = () => ({ password: NEW_PASSWORD, confirmPassword: NEW_PASSWORD });

const billForm = "app/admin/bills/actions.ts";
const historyForm = "app/admin/bills/[id]/history/actions.ts";
const keyDateForm = "app/admin/key-dates/actions.ts";
const statisticForm = "app/admin/statistics/actions.ts";
const provisionForm = "app/admin/provisions/actions.ts";
const organisationForm = "app/admin/organisations/actions.ts";
const positionForm = "app/admin/positions/actions.ts";
const windowForm = "app/admin/windows/actions.ts";
const userForm = "app/admin/users/actions.ts";
const webhookForm = "app/admin/webhooks/actions.ts";

export const actionTable: ActionRow[] = [
  // Public and account forms: holding the page (and its link's token) is the permission.
  {
    file: "app/(account)/login/actions.ts",
    name: "signInAction",
    allowed: everyone,
    owner: "anonymous",
    prepare: async (db) => {
      const account = await makeAccount(db, "editor");
      return { path: "/login", fill: { email: account.email, password: account.password } };
    },
    writes: "user.signedIn",
  },
  {
    file: "app/(account)/invite/[token]/actions.ts",
    name: "acceptInviteAction",
    allowed: everyone,
    owner: "anonymous",
    prepare: async (db) => ({ path: `/invite/${await userToken(db, "invite", `matrix-invitee-${suffix()}@example.org`)}` }),
    fill: newPassword,
    writes: "user.created",
  },
  {
    file: "app/(account)/reset-password/[token]/actions.ts",
    name: "completeResetAction",
    allowed: everyone,
    owner: "anonymous",
    prepare: async (db) => ({ path: `/reset-password/${await userToken(db, "password_reset", (await makeAccount(db, "editor")).email)}` }),
    fill: newPassword,
    writes: "user.passwordChanged",
  },
  {
    file: "app/(public)/subscribe/actions.ts",
    name: "subscribeAction",
    allowed: everyone,
    owner: "anonymous",
    prepare: async () => ({ path: "/subscribe" }),
    fill: () => ({ email: `matrix-reader-${suffix()}@example.org` }),
    writes: "subscription.requested",
  },
  {
    file: "app/(public)/subscribe/actions.ts",
    name: "confirmAction",
    allowed: everyone,
    owner: "anonymous",
    prepare: async (db) => {
      const token = newLinkToken();
      const email = `matrix-reader-${suffix()}@example.org`;
      await db.subscription.create({
        data: { email, mailbox: email, confirmTokenHash: hashLinkToken(token), unsubscribeTokenHashes: [hashLinkToken(newLinkToken())] },
      });
      return { path: `/subscribe/confirm?token=${token}` };
    },
    writes: "subscription.confirmed",
  },

  // Your own account.
  {
    file: "app/admin/actions.ts",
    name: "signOutAction",
    allowed: editors,
    nothingToDo: ["anonymous", "deactivated", "revoked"],
    owner: "admin",
    prepare: async () => ({ path: "/admin" }),
    writes: "user.signedOut",
  },
  {
    file: "app/admin/account/actions.ts",
    name: "changePasswordAction",
    allowed: editors,
    owner: "admin",
    prepare: async () => ({ path: "/admin/account" }),
    fill: () => ({ currentPassword: MATRIX_PASSWORD, ...newPassword() }),
    writes: "user.passwordChanged",
  },
  {
    file: "app/admin/account/actions.ts",
    name: "suggestionAlertsAction",
    allowed: editors,
    owner: "admin",
    prepare: async () => ({ path: "/admin/account" }),
    fill: () => ({ notifyOnSuggestions: "yes" }),
    writes: "user.suggestionAlertsChanged",
  },

  // The inbox and watched sources.
  {
    file: "app/admin/inbox/actions.ts",
    name: "acceptSuggestionAction",
    allowed: editors,
    owner: "admin",
    prepare: async (db) => ({ path: `/admin/inbox/${(await suggestion(db)).id}` }),
    writes: "suggestion.accepted",
  },
  {
    file: "app/admin/inbox/actions.ts",
    name: "acceptTextSuggestionAction",
    allowed: editors,
    owner: "admin",
    prepare: async (db) => ({ path: `/admin/inbox/${(await textSuggestion(db)).id}` }),
    writes: "suggestion.accepted",
  },
  {
    file: "app/admin/inbox/actions.ts",
    name: "dismissSuggestionAction",
    allowed: editors,
    owner: "admin",
    prepare: async (db) => ({ path: `/admin/inbox/${(await suggestion(db)).id}` }),
    fill: () => ({ reason: "Already recorded from the Congressional Record." }),
    writes: "suggestion.dismissed",
  },
  {
    file: "app/admin/bills/[id]/sources/actions.ts",
    name: "addWatchedSourceAction",
    allowed: editors,
    owner: "admin",
    prepare: async (db) => ({ path: `/admin/bills/${(await draftBill(db)).id}/sources` }),
    fill: () => ({ kind: "uk_bill", identifier: "3938" }),
    writes: "watchedSource.added",
  },
  {
    file: "app/admin/bills/[id]/sources/actions.ts",
    name: "removeWatchedSourceAction",
    allowed: editors,
    owner: "admin",
    prepare: async (db) => {
      const bill = await draftBill(db);
      const source = await db.watchedSource.create({ data: { billId: bill.id, kind: "uk_bill", identifier: "3938", matchWords: [] } });
      return { path: `/admin/bills/${bill.id}/sources`, pick: source.id };
    },
    writes: "watchedSource.removed",
  },

  // Bill text.
  {
    file: "app/admin/bills/[id]/text/actions.ts",
    name: "importTextVersionAction",
    allowed: editors,
    owner: "admin",
    prepare: async (db) => ({ path: `/admin/bills/${(await draftBill(db)).id}/text` }),
    fill: () => ({ code: "is", raw: textFixture("fixture-act-is.xml") }),
    writes: "textVersion.imported",
  },

  // Bills.
  {
    file: billForm,
    name: "createBillAction",
    allowed: editors,
    owner: "admin",
    prepare: async () => ({ path: "/admin/bills/new" }),
    fill: () => {
      const id = suffix();
      return { slug: `matrix-new-${id}`, shortTitle: `Matrix New ${id}`, title: "The Matrix New Act", jurisdiction: "us", session: "119th Congress", summary: "Text." };
    },
    submit: "save",
    writes: "bill.created",
  },
  {
    file: billForm,
    name: "saveBillAction",
    allowed: editors,
    owner: "admin",
    prepare: async (db) => ({ path: `/admin/bills/${(await draftBill(db)).id}` }),
    fill: () => ({ shortTitle: `Matrix Renamed ${suffix()}` }),
    submit: "save",
    writes: "bill.updated",
  },
  {
    file: billForm,
    name: "publicationAction",
    allowed: editors,
    owner: "admin",
    prepare: async (db) => ({ path: `/admin/bills/${(await draftBill(db)).id}` }),
    submit: "publish",
    writes: "bill.published",
  },
  {
    file: billForm,
    name: "deleteBillAction",
    allowed: admins,
    owner: "admin",
    prepare: async (db) => ({ path: `/admin/bills/${(await draftBill(db)).id}/delete` }),
    fill: () => ({ confirm: "yes" }),
    writes: "bill.deleted",
  },
  {
    file: billForm,
    name: "restoreRevisionAction",
    allowed: editors,
    owner: "admin",
    prepare: async (db) => {
      const bill = await draftBill(db);
      const edited = await db.bill.update({ where: { id: bill.id }, data: { shortTitle: `${bill.shortTitle} edited`, version: 2 } });
      await db.billRevision.create({ data: { billId: bill.id, version: 2, snapshot: billSnapshot(edited) } });
      return { path: `/admin/bills/${bill.id}/revisions` };
    },
    writes: "bill.restored",
  },

  // History.
  {
    file: historyForm,
    name: "recordEventAction",
    allowed: editors,
    owner: "admin",
    prepare: async (db) => ({ path: `/admin/bills/${(await draftBill(db)).id}/history` }),
    fill: () => ({
      step: "senate:referred",
      occurredOn: "2025-02-01",
      chamber: "senate",
      description: "Referred to the Committee on Commerce.",
      sourceUrl: "https://www.congress.gov/bill/119th-congress/senate-bill/146/all-actions",
      sourceKind: "official",
    }),
    writes: "statusEvent.recorded",
  },
  {
    file: historyForm,
    name: "correctEventAction",
    allowed: editors,
    owner: "admin",
    prepare: async (db) => {
      const { bill, event } = await eventOf(db);
      return { path: `/admin/bills/${bill.id}/history/${event.id}/correct` };
    },
    fill: () => ({ occurredOn: "2025-01-17", note: "The date was a day out." }),
    writes: "statusEvent.corrected",
  },
  {
    file: historyForm,
    name: "retractEventAction",
    allowed: editors,
    owner: "admin",
    prepare: async (db) => {
      const { bill, event } = await eventOf(db);
      return { path: `/admin/bills/${bill.id}/history/${event.id}/retract` };
    },
    fill: () => ({ reason: "Recorded against the wrong bill." }),
    writes: "statusEvent.retracted",
  },

  // Provisions.
  {
    file: provisionForm,
    name: "createProvisionAction",
    allowed: editors,
    owner: "admin",
    prepare: async (db) => ({ path: `/admin/provisions?bill=${(await draftBill(db)).id}` }),
    fill: () => ({ category: "penalty", text: `Matrix provision ${suffix()}` }),
    writes: "provision.created",
  },
  {
    file: provisionForm,
    name: "updateProvisionAction",
    allowed: editors,
    owner: "admin",
    prepare: async (db) => ({ path: `/admin/provisions/${(await provision(db)).id}` }),
    fill: () => ({ text: `Matrix provision changed ${suffix()}` }),
    writes: "provision.updated",
  },
  {
    file: provisionForm,
    name: "deleteProvisionAction",
    allowed: editors,
    owner: "admin",
    prepare: async (db) => ({ path: `/admin/provisions/${(await provision(db)).id}` }),
    writes: "provision.deleted",
  },

  // Organisations and positions.
  {
    file: organisationForm,
    name: "createOrganisationAction",
    allowed: editors,
    owner: "admin",
    prepare: async () => ({ path: "/admin/organisations" }),
    fill: () => ({ name: `Matrix organisation ${suffix()}` }),
    writes: "organisation.created",
  },
  {
    file: organisationForm,
    name: "updateOrganisationAction",
    allowed: editors,
    owner: "admin",
    prepare: async (db) => ({ path: `/admin/organisations/${(await organisation(db)).id}` }),
    fill: () => ({ name: `Matrix organisation renamed ${suffix()}` }),
    writes: "organisation.updated",
  },
  {
    file: positionForm,
    name: "recordPositionAction",
    allowed: editors,
    owner: "admin",
    prepare: async (db) => {
      const by = await organisation(db);
      return { path: `/admin/positions?bill=${(await draftBill(db)).id}`, fill: { organisationId: by.id } };
    },
    fill: () => ({ stance: "support", statement: "Matrix statement.", statedOn: "2025-03-01" }),
    writes: "position.recorded",
  },
  {
    file: positionForm,
    name: "updatePositionAction",
    allowed: editors,
    owner: "admin",
    prepare: async (db) => ({ path: `/admin/positions/${(await position(db)).id}` }),
    fill: () => ({ statement: `Matrix corrected ${suffix()}` }),
    writes: "position.updated",
  },
  {
    file: positionForm,
    name: "deletePositionAction",
    allowed: editors,
    owner: "admin",
    prepare: async (db) => ({ path: `/admin/positions/${(await position(db)).id}` }),
    writes: "position.deleted",
  },

  // Windows to take part.
  {
    file: windowForm,
    name: "createWindowAction",
    allowed: editors,
    owner: "admin",
    prepare: async (db) => ({ path: `/admin/windows?bill=${(await draftBill(db)).id}` }),
    fill: () => ({
      kind: "consultation",
      title: `Matrix window ${suffix()}`,
      runBy: "Matrix",
      respondUrl: "https://example.org/respond",
      opensOn: "2030-01-01",
      closesOn: "2030-02-01",
    }),
    writes: "window.created",
  },
  {
    file: windowForm,
    name: "updateWindowAction",
    allowed: editors,
    owner: "admin",
    prepare: async (db) => ({ path: `/admin/windows/${(await participationWindow(db)).id}` }),
    fill: () => ({ title: `Matrix window moved ${suffix()}` }),
    writes: "window.updated",
  },
  {
    file: windowForm,
    name: "deleteWindowAction",
    allowed: editors,
    owner: "admin",
    prepare: async (db) => ({ path: `/admin/windows/${(await participationWindow(db)).id}` }),
    writes: "window.deleted",
  },

  // Key dates and figures.
  {
    file: keyDateForm,
    name: "createKeyDateAction",
    allowed: editors,
    owner: "admin",
    prepare: async () => ({ path: "/admin/key-dates" }),
    fill: () => ({ date: "2026-05-19", title: `Matrix deadline ${suffix()}`, sourceUrl: "https://example.org/a" }),
    writes: "keyDate.created",
  },
  {
    file: keyDateForm,
    name: "updateKeyDateAction",
    allowed: editors,
    owner: "admin",
    prepare: async (db) => ({ path: `/admin/key-dates/${(await keyDate(db)).id}` }),
    fill: () => ({ title: `Matrix deadline moved ${suffix()}` }),
    writes: "keyDate.updated",
  },
  {
    file: keyDateForm,
    name: "deleteKeyDateAction",
    allowed: editors,
    owner: "admin",
    prepare: async (db) => ({ path: `/admin/key-dates/${(await keyDate(db)).id}` }),
    writes: "keyDate.deleted",
  },
  {
    file: statisticForm,
    name: "createStatisticAction",
    allowed: editors,
    owner: "admin",
    prepare: async () => ({ path: "/admin/statistics" }),
    fill: () => ({ label: `Matrix figure ${suffix()}`, value: "2", period: "2025", sourceName: "Matrix" }),
    writes: "statistic.created",
  },
  {
    file: statisticForm,
    name: "updateStatisticAction",
    allowed: editors,
    owner: "admin",
    prepare: async (db) => ({ path: `/admin/statistics/${(await statistic(db)).id}` }),
    fill: () => ({ value: "3" }),
    writes: "statistic.updated",
  },
  {
    file: statisticForm,
    name: "deleteStatisticAction",
    allowed: editors,
    owner: "admin",
    prepare: async (db) => ({ path: `/admin/statistics/${(await statistic(db)).id}` }),
    writes: "statistic.deleted",
  },

  // Users: administrators only.
  {
    file: userForm,
    name: "inviteAction",
    allowed: admins,
    owner: "admin",
    prepare: async () => ({ path: "/admin/users" }),
    fill: () => ({ email: `matrix-invited-${suffix()}@example.org` }),
    writes: "user.invited",
  },
  {
    file: userForm,
    name: "revokeInviteAction",
    allowed: admins,
    owner: "admin",
    prepare: async (db) => {
      const email = `matrix-revoked-${suffix()}@example.org`;
      await userToken(db, "invite", email);
      return { path: "/admin/users", pick: email };
    },
    writes: "user.inviteRevoked",
  },
  {
    file: userForm,
    name: "resetPasswordAction",
    allowed: admins,
    owner: "admin",
    prepare: async (db) => ({ path: `/admin/users/${(await makeAccount(db, "editor")).id}` }),
    writes: "user.passwordReset",
  },
  {
    file: userForm,
    name: "changeRoleAction",
    allowed: admins,
    owner: "admin",
    prepare: async (db) => ({ path: `/admin/users/${(await makeAccount(db, "editor")).id}` }),
    fill: () => ({ role: "admin" }),
    writes: "user.roleChanged",
  },
  {
    file: userForm,
    name: "accessAction",
    allowed: admins,
    owner: "admin",
    prepare: async (db) => ({ path: `/admin/users/${(await makeAccount(db, "editor")).id}` }),
    submit: "deactivate",
    writes: "user.deactivated",
  },

  // Webhooks and deliveries: administrators only.
  {
    file: webhookForm,
    name: "createWebhookAction",
    allowed: admins,
    owner: "admin",
    prepare: async () => ({ path: "/admin/webhooks" }),
    fill: () => ({ url: `https://hooks.example.org/${suffix()}`, description: "Matrix" }),
    writes: "webhook.created",
  },
  {
    file: webhookForm,
    name: "setWebhookActiveAction",
    allowed: admins,
    owner: "admin",
    prepare: async (db) => ({ path: "/admin/webhooks", pick: (await webhook(db)).id }),
    writes: "webhook.deactivated",
  },
  {
    file: webhookForm,
    name: "deleteWebhookAction",
    allowed: admins,
    owner: "admin",
    prepare: async (db) => ({ path: "/admin/webhooks", pick: (await webhook(db)).id }),
    writes: "webhook.deleted",
  },
  {
    file: "app/admin/deliveries/actions.ts",
    name: "resendDeliveryAction",
    allowed: admins,
    owner: "admin",
    prepare: async (db) => {
      const hook = await webhook(db);
      const delivery = await db.outbox.create({
        data: { channel: "webhook", topic: "status.changed", payload: { id: "matrix" }, webhookId: hook.id, status: "failed", attempts: 8 },
      });
      return { path: "/admin/deliveries", pick: String(delivery.id) };
    },
    writes: "delivery.resent",
  },
];
