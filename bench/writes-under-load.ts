import { load, type Load } from "./throughput";

// Part 1b: the page cache under load while the data changes. autocannon keeps instance A's
// page busy; meanwhile one edit a second is committed (through A and B in turn) by the real
// command. As soon as an instance's live stream delivers an edit's event (it is sent only after
// that instance expired its caches), the page and the bill's page are read from that instance:
// each answer that does not show the edit is a stale answer. The goal is none.

interface Follower {
  seen: Set<string>;
  stop(): void;
}

async function follow(base: string): Promise<Follower> {
  const controller = new AbortController();
  const seen = new Set<string>();
  const response = await fetch(`${base}/api/live`, { signal: controller.signal });
  if (response.status !== 200 || !response.body) throw new Error(`The live stream of ${base} answered ${response.status}`);
  const reader = response.body.getReader();
  const decoder = new TextDecoder();
  void (async () => {
    let buffer = "";
    try {
      for (;;) {
        const { value, done } = await reader.read();
        if (done) return;
        buffer += decoder.decode(value, { stream: true });
        const blocks = buffer.split("\n\n");
        buffer = blocks.pop() ?? "";
        for (const block of blocks) {
          const data = block.split("\n").find((line) => line.startsWith("data: "));
          if (data) seen.add((JSON.parse(data.slice(6)) as { id: string }).id);
        }
      }
    } catch {
      // Aborted at the end of the run.
    }
  })();
  return { seen, stop: () => controller.abort() };
}

export interface WritesUnderLoad {
  load: Load;
  writes: number;
  /** Reads made right after an instance announced an edit. */
  checks: number;
  /** Of those, how many did not show the edit. */
  stale: number;
  /** Which, for the report. */
  staleReads: string[];
}

export async function measureWritesUnderLoad(options: {
  instances: [string, string];
  page: string;
  editorEmail: string;
  slug: string;
  connections: number;
  seconds: number;
}): Promise<WritesUnderLoad> {
  const followers = await Promise.all(options.instances.map(follow));
  const loading = load(`${options.instances[0]}${options.page}`, options.connections, options.seconds);
  let done = false;
  void loading.finally(() => (done = true));

  let writes = 0;
  let checks = 0;
  const staleReads: string[] = [];
  const paths = [options.page, `/bills/${options.slug}`];
  while (!done) {
    const started = performance.now();
    const writer = options.instances[writes % 2] ?? options.instances[0];
    const description = `Benchmark edit under load ${writes} ${Date.now().toString(36)}`;
    const response = await fetch(`${writer}/api/testing/status-events`, {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify({ editorEmail: options.editorEmail, slug: options.slug, description }),
    });
    if (response.status !== 201) throw new Error(`A benchmark write failed: ${response.status} ${await response.text()}`);
    const { liveEventId } = (await response.json()) as { liveEventId: string };
    writes += 1;
    await Promise.all(
      options.instances.map(async (base, index) => {
        const seen = followers[index]?.seen ?? new Set<string>();
        const deadline = performance.now() + 10_000;
        while (!seen.has(liveEventId) && performance.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 2));
        for (const path of paths) {
          const body = await (await fetch(`${base}${path}`)).text();
          checks += 1;
          if (!body.includes(description)) staleReads.push(`${base}${path} after edit ${writes}`);
        }
      }),
    );
    const rest = 1_000 - (performance.now() - started);
    if (rest > 0) await new Promise((resolve) => setTimeout(resolve, rest));
  }
  for (const follower of followers) follower.stop();
  return { load: await loading, writes, checks, stale: staleReads.length, staleReads };
}
