import { expect, test } from "./auth-fixtures";
import { databaseUrl, ensureEditor, firstPort, recordChange, removeRecordedChanges, secondPort, startServer, stop, waitUntilReady, type Instance } from "./instances";

// The page cache (docs/decisions/0020-in-process-page-cache.md) on two production instances of
// one database, as behind a load balancer: Playwright's server (A) and a second one (B). Each
// instance's live stream sends an event only after that instance has expired its caches, so an
// event arriving here proves the instance has heard of the change: any read of it started
// afterwards must show the change.

const A = `http://127.0.0.1:${firstPort}`;
let b: Instance;
let dbUrl: string;
let editor: string;

test.describe.configure({ mode: "serial" });

test.beforeAll(async () => {
  test.setTimeout(120_000);
  dbUrl = databaseUrl();
  editor = await ensureEditor(dbUrl);
  b = startServer(secondPort, { DATABASE_URL: dbUrl, PORT: String(secondPort) });
  await waitUntilReady(b);
});

test.afterAll(async () => {
  await removeRecordedChanges(dbUrl);
  if (b) expect(await stop(b)).toBe(0);
});

const nonceOf = (response: { headers(): Record<string, string> }): string | undefined => /'nonce-([^']+)'/.exec(response.headers()["content-security-policy"] ?? "")?.[1];

/** Follows an instance's live stream, calling `onEvent` with each event's slug as it arrives. */
function follow(base: string, onEvent: (slug: string) => void): () => void {
  const controller = new AbortController();
  void (async () => {
    const response = await fetch(`${base}/api/live`, { signal: controller.signal });
    const reader = response.body!.getReader(); // a 200 event stream has a body
    const decoder = new TextDecoder();
    let text = "";
    for (;;) {
      const { value, done } = await reader.read();
      if (done) return;
      text += decoder.decode(value, { stream: true });
      const blocks = text.split("\n\n");
      text = blocks.pop() ?? "";
      for (const block of blocks) {
        const data = block.split("\n").find((line) => line.startsWith("data: "));
        if (data) onEvent((JSON.parse(data.slice(6)) as { slug: string }).slug);
      }
    }
  })().catch(() => undefined);
  return () => controller.abort();
}

interface Read {
  instance: string;
  path: string;
  startedAt: number;
  body: string;
  outcome: string | null;
}

test("no instance serves a page older than the last change it was told of, under concurrent edits and reads", async () => {
  test.setTimeout(120_000);
  const instances = [A, b.url];
  const paths = ["/", "/bills/take-it-down-act", "/timeline", "/api/v1/bills/take-it-down-act"];
  // When each instance's stream delivered the event of the n-th edit.
  const heard = new Map<string, number[]>(instances.map((base) => [base, []]));
  const stops = instances.map((base) => follow(base, (slug) => slug === "take-it-down-act" && heard.get(base)!.push(performance.now())));
  await new Promise((resolve) => setTimeout(resolve, 500));

  const reads: Read[] = [];
  let reading = true;
  const reader = async (base: string, path: string) => {
    while (reading) {
      const startedAt = performance.now();
      const response = await fetch(`${base}${path}`);
      reads.push({ instance: base, path, startedAt, body: await response.text(), outcome: response.headers.get("x-page-cache") });
    }
  };
  const readers = instances.flatMap((base) => paths.flatMap((path) => [reader(base, path), reader(base, path)]));

  const descriptions: string[] = [];
  for (let n = 0; n < 6; n += 1) {
    const description = `Page cache check ${Date.now().toString(36)} number ${n}`;
    descriptions.push(description);
    // Alternate the instance that commits, so each hears its own and the other's changes.
    await recordChange(instances[n % 2]!, editor, "take-it-down-act", description);
    await expect.poll(() => Math.min(...instances.map((base) => heard.get(base)!.length)), { timeout: 15_000 }).toBeGreaterThan(n);
    await new Promise((resolve) => setTimeout(resolve, 700));
  }
  reading = false;
  await Promise.all(readers);
  for (const stop of stops) stop();

  const stale = reads.filter((read) => {
    const events = heard.get(read.instance)!;
    // The newest edit this instance had announced before the read began.
    const known = events.filter((at) => at < read.startedAt).length;
    // The board shows only each bill's latest event, which may already be a later edit.
    return known > 0 && !descriptions.slice(known - 1).some((description) => read.body.includes(description));
  });
  expect(stale.map((read) => `${read.instance}${read.path} (${read.outcome})`)).toEqual([]);
  // The check means something only if the cache answered most of those reads.
  const hits = reads.filter((read) => read.outcome === "hit").length;
  expect(hits).toBeGreaterThan(reads.length / 2);
});

test("a signed-in editor never gets a cached page, nor puts one in the cache", async ({ page, login }) => {
  await login({ role: "editor" });
  const anonymous = async (path: string) => {
    const response = await fetch(`${A}${path}`);
    await response.text();
    return { outcome: response.headers.get("x-page-cache"), nonce: nonceOf({ headers: () => Object.fromEntries(response.headers) }) };
  };
  for (const path of ["/bills/stop-csam-act", "/", "/feed.xml"]) {
    await anonymous(path);
    const cached = await anonymous(path);
    expect(cached.outcome, path).toBe("hit");

    const signedIn = await page.request.get(`${A}${path}`);
    expect(signedIn.status()).toBe(200);
    expect(signedIn.headers()["x-page-cache"], path).toBeUndefined();
    if (path !== "/feed.xml") expect(nonceOf(signedIn), path).not.toBe(cached.nonce);

    const afterwards = await anonymous(path);
    expect(afterwards, path).toEqual(cached);
  }
});
