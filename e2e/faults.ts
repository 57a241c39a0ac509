import { spawn, type ChildProcess } from "node:child_process";
import { createInterface } from "node:readline";

import { withPgClient } from "@/lib/db/pg-client";
import { deriveBillStage, type StoredEvent } from "@/lib/legislation/bill-stage";

// Helpers for the fault tests (e2e/faults.spec.ts, and the system PostgreSQL variant in
// scripts/test-faults-system.ts): a database that can be stopped and started under a running
// app, load with every answer recorded, and the consistency check after a crash.

export interface RestartableDatabase {
  url: string;
  stop(): Promise<void>;
  start(): Promise<void>;
  close(): Promise<void>;
}

/** An embedded PostgreSQL in `dataDir`, migrated and seeded, run by e2e/embedded-postgres.ts. */
export async function startRestartableDatabase(dataDir: string): Promise<RestartableDatabase> {
  const child: ChildProcess = spawn(process.execPath, ["--conditions=react-server", "--import", "tsx", "e2e/embedded-postgres.ts", dataDir], {
    stdio: ["pipe", "pipe", "inherit"],
  });
  const lines = createInterface({ input: child.stdout! }); // stdio "pipe" gives a stdout
  const waiting: { resolve: (line: string) => void; reject: (error: Error) => void }[] = [];
  lines.on("line", (line) => waiting.shift()?.resolve(line));
  child.once("exit", (code) => {
    for (const waiter of waiting.splice(0)) waiter.reject(new Error(`The database helper exited (${code}).`));
  });
  const nextLine = () => new Promise<string>((resolve, reject) => waiting.push({ resolve, reject }));
  const command = async (name: string, answer: string) => {
    child.stdin!.write(`${name}\n`);
    const line = await nextLine();
    if (line !== answer) throw new Error(`The database helper answered ${line} to ${name}.`);
  };
  const ready = await nextLine();
  if (!ready.startsWith("ready ")) throw new Error(`The database helper said: ${ready}`);
  return {
    url: ready.slice("ready ".length),
    stop: () => command("stop", "stopped"),
    start: () => command("start", "started"),
    close: () =>
      new Promise((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once("exit", () => resolve());
        child.stdin!.end();
      }),
  };
}

/** An editor to record as, and a webhook so that every status event queues a delivery. */
export async function prepareWriters(url: string): Promise<{ editorEmail: string; webhookId: string }> {
  return withPgClient(url, async (client) => {
    const editorEmail = "fault-test-editor@example.org";
    await client.query(
      `INSERT INTO "User" (id, email, role, "updatedAt") VALUES ('fault-test-editor', $1, 'editor', now()) ON CONFLICT (email) DO NOTHING`,
      [editorEmail],
    );
    // Nothing listens on port 9: deliveries stay queued, which is all these tests look at.
    await client.query(
      `INSERT INTO "Webhook" (id, url, secret, "updatedAt") VALUES ('fault-test-webhook', 'http://127.0.0.1:9/hook', 'whsec_ZmF1bHR0ZXN0c2VjcmV0ZmF1bHR0ZXN0c2VjcmV0', now())
       ON CONFLICT (id) DO NOTHING`,
    );
    return { editorEmail, webhookId: "fault-test-webhook" };
  });
}

export interface Answer {
  path: string;
  status: number | "network-error" | "timeout";
  retryAfter: string | null;
  startedAt: number;
  endedAt: number;
}

/** Fetch, recording the answer; a request that takes longer than timeoutMs counts as hung. */
export async function probe(url: string, init: RequestInit = {}, timeoutMs = 20_000): Promise<Answer> {
  const startedAt = Date.now();
  const path = new URL(url).pathname;
  try {
    const response = await fetch(url, { ...init, signal: AbortSignal.timeout(timeoutMs) });
    // Read the body: an answer counts once it is complete (never for the event stream).
    if (!response.headers.get("content-type")?.startsWith("text/event-stream")) await response.arrayBuffer();
    else await response.body?.cancel();
    return { path, status: response.status, retryAfter: response.headers.get("retry-after"), startedAt, endedAt: Date.now() };
  } catch (error) {
    const status = (error as Error).name === "TimeoutError" ? "timeout" : "network-error";
    return { path, status, retryAfter: null, startedAt, endedAt: Date.now() };
  }
}

/** Reads an instance's live stream in the background, collecting the ids of the events it carries. */
export function followStream(url: string): { opened: Promise<void>; ids: string[]; close(): void } {
  const controller = new AbortController();
  const ids: string[] = [];
  const opened = fetch(url, { signal: controller.signal, headers: { Accept: "text/event-stream" } }).then((response) => {
    if (response.status !== 200 || !response.body) throw new Error(`The live stream answered ${response.status}.`);
    const reader = response.body.getReader();
    const decoder = new TextDecoder();
    let text = "";
    void (async () => {
      for (;;) {
        const { value, done } = await reader.read().catch(() => ({ value: undefined, done: true }));
        if (done) return;
        text += decoder.decode(value, { stream: true });
        const blocks = text.split("\n\n");
        text = blocks.pop() ?? "";
        for (const block of blocks) {
          const data = block.split("\n").find((line) => line.startsWith("data: "));
          if (data) ids.push((JSON.parse(data.slice(6)) as { id: string }).id);
        }
      }
    })();
  });
  return { opened, ids, close: () => controller.abort() };
}

/** Record one status event through the test route (the real recordStatusEvent command). */
export function recordThrough(baseUrl: string, editorEmail: string, slug: string, description: string): Promise<Response> {
  return fetch(`${baseUrl}/api/testing/status-events`, {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify({ editorEmail, slug, description }),
    signal: AbortSignal.timeout(20_000),
  });
}

/**
 * What must hold after any crash: every acknowledged event is there, and nothing is half
 * written: each recorded event has its audit row and its outbox delivery, each bill's stage is
 * what its history says, and each bill's version has its revision.
 */
export async function expectConsistent(
  url: string,
  options: { acknowledged: string[]; webhookId: string },
): Promise<{ events: number; acknowledged: number }> {
  return withPgClient(url, async (client) => {
    const found = await client.query<{ id: string }>(`SELECT id FROM "StatusEvent" WHERE id = ANY($1)`, [options.acknowledged]);
    const missing = options.acknowledged.filter((id) => !found.rows.some((row) => row.id === id));
    if (missing.length > 0) throw new Error(`Acknowledged but missing: ${missing.join(", ")}`);

    const recorded = await client.query<{ id: string; audits: number; deliveries: number }>(
      `SELECT e.id,
              (SELECT count(*)::int FROM "AuditLog" a WHERE a."entityId" = e.id AND a.action = 'statusEvent.recorded') AS audits,
              (SELECT count(*)::int FROM "Outbox" o WHERE o."webhookId" = $1 AND o.payload->>'messageId' = 'msg_' || e.id || '_recorded') AS deliveries
         FROM "StatusEvent" e WHERE e."sourceUrl" = 'https://example.org/test-route-source'`,
      [options.webhookId],
    );
    const halfWritten = recorded.rows.filter((row) => row.audits !== 1 || row.deliveries !== 1);
    if (halfWritten.length > 0) throw new Error(`Events without exactly one audit row and delivery: ${JSON.stringify(halfWritten)}`);

    const bills = await client.query<{ id: string; jurisdiction: string; numbers: string[]; region: string | null; session: string; currentStage: string | null; lastEventOn: Date | null; version: number; revisions: number }>(
      `SELECT b.id, b.jurisdiction, b.numbers, b.region, b.session, b."currentStage", b."lastEventOn", b.version,
              (SELECT count(*)::int FROM "BillRevision" r WHERE r."billId" = b.id AND r.version = b.version) AS revisions
         FROM "Bill" b`,
    );
    for (const bill of bills.rows) {
      const events = await client.query<StoredEvent>(
        `SELECT id, path, stage, "occurredOn", "createdAt", chamber, "billNumber", "attemptFailed", body, "retractedAt", "correctsId" FROM "StatusEvent" WHERE "billId" = $1`,
        [bill.id],
      );
      const derived = deriveBillStage(bill, events.rows);
      const stored = { currentStage: bill.currentStage, lastEventOn: bill.lastEventOn?.getTime() ?? null };
      const expected = { currentStage: derived.currentStage, lastEventOn: derived.lastEventOn?.getTime() ?? null };
      if (JSON.stringify(stored) !== JSON.stringify(expected)) {
        throw new Error(`Bill ${bill.id} says ${JSON.stringify(stored)}, its history says ${JSON.stringify(expected)}`);
      }
      if (bill.revisions !== 1) throw new Error(`Bill ${bill.id} has no revision for its version ${bill.version}`);
    }
    return { events: recorded.rows.length, acknowledged: options.acknowledged.length };
  });
}
