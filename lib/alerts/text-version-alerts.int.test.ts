import { readFileSync } from "node:fs";
import path from "node:path";

import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";

import { buildOpenApiDocument } from "@/lib/api/openapi";
import { webhookEventSchema } from "@/lib/api/schema";
import { OpenApiResponseValidator } from "@/lib/api/testing/openapi-validator";
import { importTextVersion } from "@/lib/bill-text/commands/import-version";
import { resetConfig } from "@/lib/config";
import { db } from "@/lib/db/client";
import { makeUser } from "@/lib/testing/users";
import { makeBill } from "@/prisma/seed/make-bill";

import { confirmSubscription } from "./commands/confirm-subscription";
import { createWebhook } from "./commands/create-webhook";
import { subscribe } from "./commands/subscribe";
import { logMailer } from "./mailer";
import { startWebhookReceiver, type WebhookReceiver } from "./testing/webhook-receiver";
import { webhookPolicy } from "./webhook-policy";
import { drainOutbox, type WorkerDeps } from "./worker";

// A new version of a bill's text reaches subscribers and webhooks through the outbox, like a
// status change. With no SMTP server the message is kept for administrators, where these
// tests read it; webhooks go to a local receiver that verifies their signatures.

// The receiver listens on loopback, which production refuses (lib/http/outbound.ts).
vi.stubEnv("WEBHOOKS_ALLOW_PRIVATE_ADDRESSES", "1");
resetConfig();

const site = "http://localhost:3000";
const deps = (): WorkerDeps => ({ mailer: logMailer, outbound: webhookPolicy(), siteUrl: site, now: () => new Date() });
const fixture = (name: string) => readFileSync(path.join(import.meta.dirname, "..", "bill-text", "fixtures", name), "utf8");
const introduced = fixture("fixture-act-is.xml");
const reported = fixture("fixture-act-rs.xml");
let receiver: WebhookReceiver | undefined;

beforeEach(async () => {
  await db.outbox.deleteMany();
  await db.subscription.deleteMany();
  await db.webhook.deleteMany();
});

afterEach(async () => {
  await receiver?.close();
  receiver = undefined;
});

async function immediateReader(email: string, bill: string) {
  const requested = await subscribe(db, { email, bill, frequency: "immediate" });
  if (!requested.ok) throw new Error(requested.error.message);
  const row = await db.outbox.findFirstOrThrow({ where: { recipient: requested.value.subscriptionId } });
  await confirmSubscription(db, { token: (row.payload as { token: string }).token });
  await drainOutbox(db, deps());
}

async function registerWebhook() {
  const admin = await makeUser("admin");
  const created = await createWebhook(db, { id: admin.id, role: "admin" }, { url: "http://127.0.0.1:1/placeholder" });
  if (!created.ok) throw new Error(created.error.message);
  receiver = await startWebhookReceiver({ secret: created.value.secret });
  await db.webhook.update({ where: { id: created.value.id }, data: { url: receiver.url } });
}

async function importVersions(slug: string, ...versions: [code: string, raw: string, versionDate: string][]) {
  const editor = await makeUser("editor");
  for (const [code, raw, versionDate] of versions) {
    const result = await importTextVersion(editor.principal, { billSlug: slug, code, raw, versionDate });
    if (!result.ok) throw new Error(result.error.message);
  }
}

const sentMessages = async (topic: string) =>
  (await db.outbox.findMany({ where: { channel: "email", topic, status: "sent" }, orderBy: { createdAt: "asc" } })).map(
    (row) => (row.payload as { message: { subject: string; text: string } }).message,
  );

describe("alerts of a new text version", () => {
  it("send an immediate subscriber one email naming the version, its change summary and links to it and the redline", async () => {
    await makeBill({ slug: "text-alert-bill", shortTitle: "Text Alert Act", state: "published" });
    await immediateReader("text.reader@example.org", "text-alert-bill");
    await importVersions("text-alert-bill", ["is", introduced, "2025-03-04"]);
    // The first version has nothing to compare with, and says so.
    expect(await drainOutbox(db, deps())).toEqual(["sent"]);

    await importVersions("text-alert-bill", ["rs", reported, "2025-06-10"]);
    expect(await drainOutbox(db, deps())).toEqual(["sent"]);
    const [first, second] = await sentMessages("textVersion.imported");
    expect(first?.text).toContain("It is the first version of this bill's text on the tracker.");
    expect(second?.subject).toBe("New text: Reported in Senate — Text Alert Act");
    expect(second?.text).toContain("A new version of the text of the Text Alert Act is on the tracker: Reported in Senate, dated 10 June 2025.");
    expect(second?.text).toContain("Compared with Introduced in Senate: 2 sections changed, 1 added, 2 renumbered.");
    expect(second?.text).toContain(`See what changed: ${site}/bills/text-alert-bill/text/compare?from=is&to=rs`);
    expect(second?.text).toContain(`Read it in full: ${site}/bills/text-alert-bill/text/rs`);
    expect(second?.text).toMatch(/Stop these emails: http:\/\/localhost:3000\/subscribe\/unsubscribe\?token=/);

    // A replacement file corrects the version; it is not news a second time.
    const editor = await makeUser("editor");
    const replaced = await importTextVersion(editor.principal, { billSlug: "text-alert-bill", code: "rs", raw: reported.replace("</legis-body>", " </legis-body>"), replace: true });
    expect(replaced).toMatchObject({ ok: true, value: { outcome: "replaced" } });
    expect(await db.outbox.count({ where: { status: "pending" } })).toBe(0);
  });

  it("POST a textVersion.imported webhook that the OpenAPI document's webhooks section describes", async () => {
    await makeBill({ slug: "text-webhook-bill", shortTitle: "Text Webhook Act", state: "published" });
    await registerWebhook();
    await importVersions("text-webhook-bill", ["is", introduced, "2025-03-04"], ["rs", reported, "2025-06-10"]);
    expect(await drainOutbox(db, deps())).toEqual(["sent", "sent"]);
    expect(receiver!.accepted()).toHaveLength(2);
    const version = await db.billTextVersion.findFirstOrThrow({ where: { code: "rs", bill: { slug: "text-webhook-bill" } } });
    const delivery = receiver!.deliveries.find((each) => each.id === `msg_${version.id}_imported`);
    const body: unknown = JSON.parse(delivery!.body);
    const validator = new OpenApiResponseValidator(buildOpenApiDocument(site));
    expect(validator.checkComponent("TextVersionWebhookEvent", body)).toEqual([]);
    expect(validator.checkComponent("WebhookEvent", body)).toEqual([]);
    expect(webhookEventSchema.parse(body)).toMatchObject({
      type: "textVersion.imported",
      timestamp: version.importedAt.toISOString(),
      data: {
        bill: { slug: "text-webhook-bill", shortTitle: "Text Webhook Act" },
        version: {
          code: "rs",
          name: "Reported in Senate",
          versionDate: "2025-06-10",
          url: `${site}/bills/text-webhook-bill/text/rs`,
          compareUrl: `${site}/bills/text-webhook-bill/text/compare?from=is&to=rs`,
          changeSummary: "2 sections changed, 1 added, 2 renumbered",
        },
      },
    });
  });

  it("queue nothing for a draft bill's version: its text must not leak", async () => {
    await makeBill({ slug: "text-draft-bill", shortTitle: "Text Draft Act", state: "draft" });
    await immediateReader("everything.reader@example.org", "all");
    await registerWebhook();
    await db.outbox.deleteMany();
    await importVersions("text-draft-bill", ["is", introduced, "2025-03-04"], ["rs", reported, "2025-06-10"]);
    expect(await db.outbox.count()).toBe(0);
  });
});
