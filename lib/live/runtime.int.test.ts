import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";

import { getConfig, resetConfig } from "@/lib/config";
import { unpublishBill } from "@/lib/legislation/commands/unpublish-bill";
import { recordAsNewEditor } from "@/lib/testing/record-event";
import { makeUser } from "@/lib/testing/users";
import { makeBill } from "@/prisma/seed/make-bill";

import { expireEverything, isFresh, isListening, resetFreshness } from "./freshness.mjs";
import type { LiveStream } from "./hub";
import type { LiveChange } from "./queries";
import { createLiveRuntime, type LiveRuntime } from "./runtime";

// One instance's live machinery against a real database: a committed change expires this
// instance's cached data and reaches its browsers; a draft's never does; after a lost
// connection, what was missed is sent once LISTEN is back.

let runtime: LiveRuntime | undefined;

beforeAll(() => {
  vi.stubEnv("LOG_LEVEL", "error");
  resetConfig();
});

beforeEach(() => resetFreshness());

afterEach(async () => {
  await runtime?.listener.stop();
  runtime = undefined;
  resetFreshness();
});

async function startRuntime(initialDelayMs = 50) {
  runtime = createLiveRuntime({ connectionString: getConfig().DATABASE_URL ?? "", maxStreams: 10, initialDelayMs });
  const sent: LiveChange[] = [];
  const stream: LiveStream = { send: (change) => sent.push(change), close: () => undefined };
  runtime.hub.add(stream);
  await vi.waitFor(() => expect(isListening()).toBe(true));
  return sent;
}

describe("the live runtime", () => {
  it("expires this instance's cached data for the bill and tells its browsers", async () => {
    const sent = await startRuntime();
    const bill = await makeBill({ slug: "runtime-public", shortTitle: "Runtime Act" });
    const cachedAt = Date.now();
    expect(isFresh(cachedAt, ["bill:runtime-public"])).toBe(true);

    const recorded = await recordAsNewEditor(bill.id, "Reported by committee");
    await vi.waitFor(() => expect(sent).toHaveLength(1));
    expect(sent[0]).toEqual({ id: recorded.auditId, kind: "statusEvent.recorded", slug: "runtime-public", title: "Runtime Act", eventId: recorded.eventId });
    expect(isFresh(cachedAt, ["bill:runtime-public"])).toBe(false);
    expect(isFresh(cachedAt, ["bills"])).toBe(false);
  });

  it("expires the cache of a bill taken back to draft but never tells browsers about it", async () => {
    const sent = await startRuntime();
    const unpublished = await makeBill({ slug: "runtime-draft" });
    const published = await makeBill({ slug: "runtime-after-draft" });
    const cachedAt = Date.now();

    const editor = await makeUser("editor");
    const result = await unpublishBill(editor.principal, { id: unpublished.id, version: String(unpublished.version) });
    expect(result.ok).toBe(true);
    const later = await recordAsNewEditor(published.id, "Public activity");
    // Notices are handled in commit order: once the later one is out, the draft's was dropped.
    await vi.waitFor(() => expect(sent.map((change) => change.id)).toEqual([later.auditId]));
    expect(isFresh(cachedAt, ["bill:runtime-draft"])).toBe(false);
  });

  it("after losing its connection, stops trusting its cache, then sends what it missed", async () => {
    // A wide reconnect delay leaves room to commit a change while nobody is listening.
    const sent = await startRuntime(1_500);
    const bill = await makeBill({ slug: "runtime-missed" });
    expireEverything(Date.now() - 60_000);
    const cachedAt = Date.now();

    runtime?.listener.drop();
    await vi.waitFor(() => expect(isListening()).toBe(false));
    expect(isFresh(cachedAt, ["statistics"])).toBe(false);
    const missed = await recordAsNewEditor(bill.id, "Committed while disconnected");
    expect(runtime?.listener.connected).toBe(false);

    await vi.waitFor(() => expect(sent.map((change) => change.id)).toEqual([missed.auditId]), { timeout: 10_000 });
    expect(isListening()).toBe(true);
    // Everything cached before the reconnect is gone, even under tags no notice named.
    expect(isFresh(cachedAt, ["statistics"])).toBe(false);
  });
});
