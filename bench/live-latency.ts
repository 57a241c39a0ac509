import { percentile, round } from "./stats";

// Part 2: edit → visible on another instance. N browsers' worth of SSE clients hold streams
// open on instance B; writes are committed through instance A one after another, each by the
// back office's recordStatusEvent command (through the test route, as `editorEmail`); for each
// write, the time from sending it to each client receiving its event (matched by the live
// event id the test route returns). One client also loads the bill's page on B
// after each event, to time when the change is on the page itself.

interface Arrival {
  eventId: string;
  at: number;
}

async function openClient(url: string, arrivals: Arrival[], signal: AbortSignal): Promise<void> {
  const response = await fetch(`${url}/api/live`, { signal });
  if (response.status !== 200 || !response.body) throw new Error(`The live stream answered ${response.status}`);
  const reader = response.body.getReader();
  const decoder = new TextDecoder();
  let buffer = "";
  void (async () => {
    try {
      for (;;) {
        const { value, done } = await reader.read();
        if (done) return;
        buffer += decoder.decode(value, { stream: true });
        let end = buffer.indexOf("\n\n");
        while (end !== -1) {
          const block = buffer.slice(0, end);
          buffer = buffer.slice(end + 2);
          const data = block.split("\n").find((line) => line.startsWith("data: "));
          if (data) arrivals.push({ eventId: (JSON.parse(data.slice(6)) as { id: string }).id, at: performance.now() });
          end = buffer.indexOf("\n\n");
        }
      }
    } catch {
      // Aborted at the end of the run.
    }
  })();
}

export interface LiveLatency {
  clients: number;
  writes: number;
  delivered: number;
  expected: number;
  p50: number;
  p95: number;
  p99: number;
  writeAckP50: number;
  pageVisibleP50: number;
  pageVisibleP95: number;
}

export async function measureLiveLatency(options: {
  writer: string;
  watcher: string;
  editorEmail: string;
  slug: string;
  clients: number;
  writes: number;
}): Promise<LiveLatency> {
  const controller = new AbortController();
  const perClient: Arrival[][] = Array.from({ length: options.clients }, () => []);
  await Promise.all(perClient.map((arrivals) => openClient(options.watcher, arrivals, controller.signal)));

  const sentAt = new Map<string, number>();
  const acks: number[] = [];
  const visible: number[] = [];
  for (let i = 0; i < options.writes; i += 1) {
    const description = `Benchmark write ${i} ${Date.now().toString(36)}`;
    const started = performance.now();
    const response = await fetch(`${options.writer}/api/testing/status-events`, {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify({ editorEmail: options.editorEmail, slug: options.slug, description }),
    });
    if (response.status !== 201) throw new Error(`A benchmark write failed: ${response.status} ${await response.text()}`);
    acks.push(performance.now() - started);
    const { liveEventId } = (await response.json()) as { liveEventId: string };
    sentAt.set(liveEventId, started);
    // When is it on the page? Wait for the first client's event, then load the page as the
    // island's refresh would.
    const first = perClient[0] ?? [];
    const deadline = performance.now() + 5_000;
    while (!first.some((arrival) => arrival.eventId === liveEventId) && performance.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 2));
    }
    const page = await (await fetch(`${options.watcher}/bills/${options.slug}`)).text();
    if (page.includes(description)) visible.push(performance.now() - started);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  await new Promise((resolve) => setTimeout(resolve, 500));
  controller.abort();

  const latencies = perClient.flatMap((arrivals) =>
    arrivals.flatMap((arrival) => {
      const sent = sentAt.get(arrival.eventId);
      return sent === undefined ? [] : [arrival.at - sent];
    }),
  );
  return {
    clients: options.clients,
    writes: options.writes,
    delivered: latencies.length,
    expected: options.clients * options.writes,
    p50: round(percentile(latencies, 50)),
    p95: round(percentile(latencies, 95)),
    p99: round(percentile(latencies, 99)),
    writeAckP50: round(percentile(acks, 50)),
    pageVisibleP50: round(percentile(visible, 50)),
    pageVisibleP95: round(percentile(visible, 95)),
  };
}
