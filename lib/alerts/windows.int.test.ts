import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { handleExportJson, handleGetBill, handleOpenApi } from "@/lib/api/handlers";
import { getApiBill, listApiBills, listExportBills } from "@/lib/api/queries";
import { OpenApiResponseValidator } from "@/lib/api/testing/openapi-validator";
import { db } from "@/lib/db/client";
import { createWindow } from "@/lib/legislation/commands/create-window";
import { deleteWindow } from "@/lib/legislation/commands/delete-window";
import { updateWindow } from "@/lib/legislation/commands/update-window";
import { addDays } from "@/lib/legislation/windows";
import { makeUser, type TestUser } from "@/lib/testing/users";
import { makeBill } from "@/prisma/seed/make-bill";

import { enqueueDueDigests } from "./digest";
import { smtpMailer } from "./mailer";
import { topics } from "./outbox-payload";
import { startSmtpSink, type SmtpSink } from "./testing/smtp-sink";
import { enqueueDueWindowAlerts } from "./windows";
import { drainOutbox, type WorkerDeps } from "./worker";

// Windows to take part and their alerts, through the outbox and a real SMTP server: the
// opening alert, the reminder seven days before the close, and each subscriber's choices.

let sink: SmtpSink;
let deps: WorkerDeps;
let editor: TestUser;
const day = (date: Date) => date.toISOString().slice(0, 10);

beforeAll(async () => {
  sink = await startSmtpSink();
  deps = { mailer: smtpMailer(sink.url, "Policy Tracker <alerts@localhost>"), outbound: { allowPrivateAddresses: false }, siteUrl: "http://localhost:3000", now: () => new Date() };
  editor = await makeUser("editor");
});

afterAll(async () => {
  await sink.close();
});

async function subscriber(email: string, billId: string | null, frequency: "immediate" | "daily", confirmed = true) {
  return db.subscription.create({ data: { email, mailbox: email, billId, frequency, confirmedAt: confirmed ? new Date() : null } });
}

function windowInput(billId: string, opensOn: string, closesOn: string) {
  return {
    billId,
    kind: "call_for_evidence",
    title: "Call for evidence on image generators",
    runBy: "Home Affairs Committee",
    respondUrl: "https://committees.example.org/respond",
    opensOn,
    closesOn,
  };
}

describe("alerts for windows to take part", () => {
  it("alerts the bill's and every bill's immediate subscribers when an open window is added, and nobody else", async () => {
    const bill = await makeBill({ slug: "window-alert-bill", shortTitle: "Window Alert Bill" });
    const other = await makeBill();
    await subscriber("window.bill@example.org", bill.id, "immediate");
    await subscriber("window.all@example.org", null, "immediate");
    await subscriber("window.daily@example.org", bill.id, "daily");
    await subscriber("window.unconfirmed@example.org", bill.id, "immediate", false);
    await subscriber("window.other@example.org", other.id, "immediate");

    const now = new Date();
    const created = await createWindow(editor.principal, windowInput(bill.id, day(now), addDays(day(now), 10)), now);
    expect(created.ok).toBe(true);
    sink.messages.length = 0;
    expect(await drainOutbox(db, deps)).toEqual(["sent", "sent"]);
    const recipients = sink.messages.map((message) => message.to && "value" in message.to ? message.to.value[0]?.address : null).sort();
    expect(recipients).toEqual(["window.all@example.org", "window.bill@example.org"]);
    const message = sink.messages[0];
    expect(message?.subject).toBe("Call for evidence open: Call for evidence on image generators");
    expect(message?.text).toContain("How to respond: https://committees.example.org/respond");
    expect(message?.text).toContain("Run by: Home Affairs Committee");

    // Nothing more is owed until seven days before it closes.
    expect(await enqueueDueWindowAlerts(db, now)).toBe(0);
    const reminderDay = new Date(Date.parse(`${addDays(day(now), 3)}T12:00:00Z`));
    expect(await enqueueDueWindowAlerts(db, reminderDay)).toBe(2);
    expect(await enqueueDueWindowAlerts(db, reminderDay)).toBe(0);
    sink.messages.length = 0;
    expect(await drainOutbox(db, { ...deps, now: () => reminderDay })).toEqual(["sent", "sent"]);
    expect(sink.messages[0]?.subject).toMatch(/^Closing .*: Call for evidence on image generators$/);
  });

  it("alerts a window that opens later on its opening day, from the worker's sweep, with no separate reminder when it closes within the week", async () => {
    const bill = await makeBill();
    await subscriber("window.later@example.org", bill.id, "immediate");
    const now = new Date();
    const opens = addDays(day(now), 5);
    const before = await db.outbox.count({ where: { topic: "window.opened" } });
    const created = await createWindow(editor.principal, windowInput(bill.id, opens, addDays(opens, 4)), now);
    expect(created.ok).toBe(true);
    expect(await db.outbox.count({ where: { topic: "window.opened" } })).toBe(before);
    const openingDay = new Date(Date.parse(`${opens}T08:00:00Z`));
    // This bill's subscriber, and the every-bill subscriber of the test before.
    expect(await enqueueDueWindowAlerts(db, openingDay)).toBe(2);
    expect(await enqueueDueWindowAlerts(db, new Date(Date.parse(`${addDays(opens, 1)}T08:00:00Z`)))).toBe(0);
  });

  it("tells a daily subscriber in the next digest: the opening, then the reminder in the window's last week, and only for their bill", async () => {
    // No status events, so a digest can only be about the window.
    const bill = await makeBill({ slug: "window-digest-bill", shortTitle: "Window Digest Bill", events: [] });
    const quiet = await makeBill({ shortTitle: "Quiet Digest Bill", events: [] });
    const confirmedAt = new Date(Date.now() - 2 * 24 * 60 * 60 * 1000);
    const daily = (email: string, billId: string) => db.subscription.create({ data: { email, mailbox: email, billId, frequency: "daily", confirmedAt } });
    const mine = await daily("window.digest@example.org", bill.id);
    const elsewhere = await daily("window.digest.quiet@example.org", quiet.id);
    const to = (message: (typeof sink.messages)[number]) => (message.to && "value" in message.to ? message.to.value[0]?.address : null);

    const now = new Date();
    expect((await createWindow(editor.principal, windowInput(bill.id, day(now), addDays(day(now), 12)), now)).ok).toBe(true);
    await drainOutbox(db, deps);
    // A daily subscriber gets no immediate alert of it.
    expect(sink.messages.some((message) => to(message) === mine.email)).toBe(false);

    const digestTime = new Date(now.getTime() + 60_000);
    await enqueueDueDigests(db, digestTime);
    expect(await db.outbox.count({ where: { topic: topics.digest, recipient: mine.id } })).toBe(1);
    expect(await db.outbox.count({ where: { topic: topics.digest, recipient: elsewhere.id } })).toBe(0);
    sink.messages.length = 0;
    await drainOutbox(db, { ...deps, now: () => digestTime });
    const opening = sink.messages.find((message) => to(message) === mine.email);
    expect(opening?.subject).toMatch(/daily summary: 1 change$/);
    expect(opening?.text).toContain("Windows to take part:");
    expect(opening?.text).toContain("Call for evidence open · Window Digest Bill");
    expect(opening?.text).toContain("How to respond: https://committees.example.org/respond");

    // Six days on, it closes within the week: the sweep marks the reminder, the digest carries it.
    const reminderDay = new Date(Date.parse(`${addDays(day(now), 6)}T12:00:00Z`));
    await enqueueDueWindowAlerts(db, reminderDay);
    await enqueueDueDigests(db, reminderDay);
    expect(await db.outbox.count({ where: { topic: topics.digest, recipient: mine.id } })).toBe(2);
    sink.messages.length = 0;
    await drainOutbox(db, { ...deps, now: () => reminderDay });
    const reminder = sink.messages.find((message) => to(message) === mine.email);
    expect(reminder?.text).toMatch(/Closes .+ · Window Digest Bill/);
    expect(reminder?.text).not.toContain("Call for evidence open");
    expect(sink.messages.some((message) => to(message) === elsewhere.email)).toBe(false);
  });

  it("never alerts for a draft's window", async () => {
    const draft = await makeBill({ state: "draft" });
    await subscriber("window.draft@example.org", null, "immediate");
    const now = new Date();
    const before = await db.outbox.count();
    expect((await createWindow(editor.principal, windowInput(draft.id, day(now), addDays(day(now), 10)), now)).ok).toBe(true);
    expect(await db.outbox.count()).toBe(before);
  });

  it("refuses a window that closes before it opens, and a stale edit", async () => {
    const bill = await makeBill();
    const backwards = await createWindow(editor.principal, windowInput(bill.id, "2026-12-10", "2026-12-01"));
    expect(backwards).toMatchObject({ ok: false, error: { code: "validation", fieldErrors: { closesOn: [expect.stringContaining("on or after")] } } });
    const created = await createWindow(editor.principal, windowInput(bill.id, "2030-01-01", "2030-02-01"));
    if (!created.ok) throw new Error(created.error.message);
    expect(await updateWindow(editor.principal, { id: created.value.id, version: "1", ...windowInput(bill.id, "2030-01-01", "2030-03-01") })).toMatchObject({ ok: true });
    expect(await updateWindow(editor.principal, { id: created.value.id, version: "1", ...windowInput(bill.id, "2030-01-01", "2030-04-01") })).toMatchObject({ ok: false, error: { code: "conflict" } });
    expect(await deleteWindow(editor.principal, { id: created.value.id, version: "2" })).toMatchObject({ ok: true });
  });

  it("describes windows in the OpenAPI document: the bill's answer and the export carry them, with their state, and conform", async () => {
    const bill = await makeBill({ slug: "window-api-bill" });
    const now = new Date();
    const created = await createWindow(editor.principal, windowInput(bill.id, day(now), addDays(day(now), 3)), now);
    if (!created.ok) throw new Error(created.error.message);
    const get = (path: string) => new Request(`http://localhost:3000${path}`);
    const validator = new OpenApiResponseValidator((await (await handleOpenApi(get("/api/v1/openapi.json"))).json()) as Record<string, unknown>);
    const reads = { billsPage: (query: Parameters<typeof listApiBills>[1]) => listApiBills(db, query), bill: (slug: string) => getApiBill(db, slug), exportBills: () => listExportBills(db) };

    const response = await handleGetBill(get("/api/v1/bills/window-api-bill"), "window-api-bill", reads);
    const body = await response.text();
    expect(validator.check({ path: "/api/v1/bills/{slug}", status: response.status, headers: response.headers, body })).toEqual([]);
    const answer = JSON.parse(body) as { windows: { id: string; kind: string; kindLabel: string; state: string; respondUrl: string }[] };
    expect(answer.windows).toEqual([
      expect.objectContaining({ id: created.value.id, kind: "call_for_evidence", kindLabel: "Call for evidence", state: "closing_soon", respondUrl: "https://committees.example.org/respond" }),
    ]);

    const exported = await handleExportJson(get("/api/v1/export.json"), reads);
    const exportBody = await exported.text();
    expect(validator.check({ path: "/api/v1/export.json", status: exported.status, headers: exported.headers, body: exportBody })).toEqual([]);
    expect(exportBody).toContain(created.value.id);
  });
});
