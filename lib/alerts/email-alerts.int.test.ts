import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";

import { db } from "@/lib/db/client";
import { makeBill } from "@/prisma/seed/make-bill";

import { confirmSubscription } from "./commands/confirm-subscription";
import { subscribe } from "./commands/subscribe";
import { smtpMailer } from "./mailer";
import { recordStatusChange } from "./testing/record-status-change";
import { headerOf, startSmtpSink, type SmtpSink } from "./testing/smtp-sink";
import { hashToken } from "./tokens";
import { handleUnsubscribePost } from "./unsubscribe-handler";
import { drainOutbox, type WorkerDeps } from "./worker";

// The whole e-mail journey through a real SMTP server started in the test (smtp-server), each
// message parsed by mailparser: subscribe, confirm, get an alert, unsubscribe with one click,
// get nothing after.

const site = "http://localhost:3000";
const address = "reader.one@example.org";
let sink: SmtpSink;
let deps: WorkerDeps;
const logged: string[] = [];

beforeAll(async () => {
  sink = await startSmtpSink();
  deps = { mailer: smtpMailer(sink.url, "Policy Tracker <alerts@localhost>"), outbound: { allowPrivateAddresses: false }, siteUrl: site, now: () => new Date() };
  // Everything the app logs during these tests is kept, to prove no address is ever logged.
  for (const stream of ["log", "error", "warn", "info"] as const) {
    vi.spyOn(console, stream).mockImplementation((...args: unknown[]) => {
      logged.push(args.map(String).join(" "));
    });
  }
});

afterAll(async () => {
  vi.restoreAllMocks();
  await sink.close();
});

afterEach(() => {
  expect(logged.join("\n")).not.toContain("@example.org");
});

function linkIn(text: string, path: string): string {
  const match = text.match(new RegExp(`${site}${path}\\?token=([A-Za-z0-9_-]+)`));
  expect(match, `a ${path} link in:\n${text}`).not.toBeNull();
  return match![1]!;
}

describe("email alerts", () => {
  it("subscribe, confirm, receive an alert, unsubscribe with one click, then receive nothing", async () => {
    const bill = await makeBill({ slug: "alert-bill", shortTitle: "Alert Bill" });

    const requested = await subscribe(db, { email: "  Reader.One@Example.org ", bill: "alert-bill", frequency: "immediate" });
    expect(requested.ok).toBe(true);
    expect(await drainOutbox(db, deps)).toEqual(["sent"]);
    expect(sink.messages).toHaveLength(1);
    const confirmation = sink.messages[0]!;
    expect(confirmation.to).toMatchObject({ value: [{ address }] });
    expect(confirmation.subject).toBe("Confirm your Policy Tracker alerts");
    expect(confirmation.text).toContain("an email each time the status or the text changes about the Alert Bill");
    const token = linkIn(confirmation.text!, "/subscribe/confirm");

    // Only the token's hash is stored, and the outbox forgets the token once the link is sent.
    const stored = await db.subscription.findFirstOrThrow({ where: { email: address } });
    expect(stored.confirmTokenHash).toBe(hashToken(token));
    expect(stored.confirmedAt).toBeNull();
    expect(JSON.stringify(await db.outbox.findMany())).not.toContain(token);

    // Unconfirmed addresses get nothing.
    const early = await recordStatusChange(db, {
      kind: "recorded",
      billId: bill.id,
      stage: "referred",
      occurredOn: "2025-02-01",
      description: "Referred to the Committee on the Judiciary",
    });
    expect(early.emails).toBe(0);

    const confirmed = await confirmSubscription(db, { token });
    expect(confirmed).toEqual({ ok: true, value: { bill: { slug: "alert-bill", shortTitle: "Alert Bill" }, frequency: "immediate" } });
    expect(await confirmSubscription(db, { token })).toMatchObject({ ok: false, error: { code: "not_found" } });

    const change = await recordStatusChange(db, {
      kind: "recorded",
      billId: bill.id,
      stage: "passed",
      occurredOn: "2025-02-13",
      description: "Passed Senate without amendment by Unanimous Consent.",
      vote: "Unanimous consent",
    });
    expect(change.emails).toBe(1);
    expect(await drainOutbox(db, deps)).toEqual(["sent"]);
    expect(sink.messages).toHaveLength(2);
    const alert = sink.messages[1]!;
    expect(alert.subject).toBe("Alert Bill: Passed the Senate (13 February 2025)");
    expect(alert.text).toContain("Passed Senate without amendment by Unanimous Consent.");
    expect(alert.text).toContain("Vote: Unanimous consent");
    expect(alert.text).toContain(`${site}/bills/alert-bill`);
    expect(headerOf(alert, "List-Unsubscribe-Post")).toBe("List-Unsubscribe=One-Click");
    const unsubscribeHeader = headerOf(alert, "List-Unsubscribe");
    expect(unsubscribeHeader).toMatch(new RegExp(`^<${site}/api/alerts/unsubscribe\\?token=[A-Za-z0-9_-]{43}>$`));
    expect(alert.text).toContain(`${site}/subscribe/unsubscribe?token=`);

    // The mail program's one-click POST: no cookie, no CSRF token, just the address and the body.
    const oneClick = await handleUnsubscribePost(
      new Request(unsubscribeHeader!.slice(1, -1), {
        method: "POST",
        headers: { "Content-Type": "application/x-www-form-urlencoded" },
        body: "List-Unsubscribe=One-Click",
      }),
    );
    expect(oneClick.status).toBe(200);
    expect(await db.subscription.count({ where: { email: address } })).toBe(0);

    const after = await recordStatusChange(db, {
      kind: "recorded",
      billId: bill.id,
      stage: "passed",
      occurredOn: "2025-04-28",
      description: "Passed House",
    });
    expect(after.emails).toBe(0);
    expect(await drainOutbox(db, deps)).toEqual([]);
    expect(sink.messages).toHaveLength(2);

    // Unsubscribing twice is not an error for the mail program.
    const again = await handleUnsubscribePost(
      new Request(unsubscribeHeader!.slice(1, -1), { method: "POST", body: new URLSearchParams({ "List-Unsubscribe": "One-Click" }) }),
    );
    expect(again.status).toBe(200);
    // The worker did log each delivery (by id), so the check in afterEach has something to read.
    expect(logged.join("\n")).toContain('"event":"outbox.sent"');
  });

  it("sends corrections and retractions, saying what changed", async () => {
    const bill = await makeBill({ slug: "correction-alerts", shortTitle: "Correction Alerts Bill" });
    await subscribe(db, { email: "reader.two@example.org", bill: "all", frequency: "immediate" });
    await drainOutbox(db, deps);
    const token = linkIn(sink.messages.at(-1)!.text!, "/subscribe/confirm");
    await confirmSubscription(db, { token });
    const before = sink.messages.length;

    const recorded = await recordStatusChange(db, {
      kind: "recorded",
      billId: bill.id,
      stage: "reported",
      occurredOn: "2025-03-10",
      description: "Reported by committee",
    });
    await recordStatusChange(db, {
      kind: "corrected",
      eventId: recorded.eventId,
      stage: "reported",
      occurredOn: "2025-03-12",
      description: "Reported by committee with an amendment",
    });
    await recordStatusChange(db, { kind: "retracted", eventId: recorded.eventId, reason: "Entered twice." });
    expect(await drainOutbox(db, deps)).toEqual(["sent", "sent", "sent"]);
    const subjects = sink.messages.slice(before).map((mail) => mail.subject);
    expect(subjects).toEqual([
      "Correction Alerts Bill: Reported by a Senate committee (10 March 2025)",
      "Correction: Correction Alerts Bill: Reported by a Senate committee (12 March 2025)",
      "Retracted: Correction Alerts Bill: Reported by a Senate committee (10 March 2025)",
    ]);
    expect(sink.messages.at(-2)!.text).toContain("This corrects what we recorded before:");
    expect(sink.messages.at(-1)!.text).toContain("This earlier update has been withdrawn: Entered twice.");
  });

  it("sends nothing about a draft bill, even to readers of every bill", async () => {
    const draft = await makeBill({ slug: "draft-alerts", shortTitle: "Draft Alerts Bill", state: "draft" });
    await subscribe(db, { email: "reader.three@example.org", bill: "all", frequency: "immediate" });
    await drainOutbox(db, deps);
    await confirmSubscription(db, { token: linkIn(sink.messages.at(-1)!.text!, "/subscribe/confirm") });
    const change = await recordStatusChange(db, {
      kind: "recorded",
      billId: draft.id,
      stage: "introduced",
      occurredOn: "2025-05-01",
      description: "Introduced",
    });
    expect(change).toMatchObject({ emails: 0, webhooks: 0 });
  });
});
