import { afterEach, beforeAll, describe, expect, it, vi } from "vitest";

import { resetConfig } from "@/lib/config";

import { eventIdCodec, type EventIdCodec } from "./event-id";
import { LiveHub } from "./hub";
import type { LiveChange } from "./queries";
import { formatChange, lastEventIdOf, openLiveStream, type LiveStreamOptions } from "./sse";

// Audit ids written as they are, so these tests can read the order of events; the site's own
// codec (tested below) encrypts them.
const plain: EventIdCodec = { encode: String, decode: (token) => (/^\d{1,10}$/.test(token) ? Number(token) : null) };

const change = (id: number, slug = "enforce-act"): LiveChange => ({ id, kind: "statusEvent.recorded", slug, title: "ENFORCE Act" });

/** Reads a stream's text as it arrives. */
function reader(response: Response) {
  const stream = response.body!.getReader(); // every stream response has a body
  const decoder = new TextDecoder();
  let text = "";
  return {
    /** Everything received so far, once `pattern` is in it. */
    async until(pattern: string | RegExp): Promise<string> {
      const found = () => (typeof pattern === "string" ? text.includes(pattern) : pattern.test(text));
      while (!found()) {
        const { value, done } = await stream.read();
        if (done) throw new Error(`Stream ended before ${String(pattern)}; got: ${text}`);
        text += decoder.decode(value, { stream: true });
      }
      return text;
    },
    async rest(): Promise<string> {
      for (;;) {
        const { value, done } = await stream.read();
        if (done) return text;
        text += decoder.decode(value, { stream: true });
      }
    },
    cancel: () => stream.cancel(),
  };
}

function request(headers: Record<string, string> = {}, query = "") {
  const controller = new AbortController();
  return { controller, request: new Request(`http://localhost/api/live${query}`, { headers, signal: controller.signal }) };
}

beforeAll(() => {
  // Streams log each open and close; keep the test output to failures.
  vi.stubEnv("LOG_LEVEL", "warn");
  resetConfig();
});

afterEach(() => {
  vi.useRealTimers();
});

function options(hub: LiveHub, overrides: Partial<LiveStreamOptions> = {}): LiveStreamOptions {
  return { hub, catchUp: async () => [], position: () => 0, ids: plain, ...overrides };
}

describe("the live stream", () => {
  it("answers as an unbuffered, uncompressed event stream with a retry hint", async () => {
    const hub = new LiveHub(10);
    const response = openLiveStream(request().request, options(hub));
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("text/event-stream; charset=utf-8");
    expect(response.headers.get("cache-control")).toBe("no-cache, no-transform");
    expect(response.headers.get("x-accel-buffering")).toBe("no");
    const body = reader(response);
    expect(await body.until(": connected")).toMatch(/^retry: 3000\n/);
    await body.cancel();
  });

  it("sends each published change with its audit row's event id", async () => {
    const hub = new LiveHub(10);
    const body = reader(openLiveStream(request().request, options(hub)));
    await body.until(": connected");
    hub.publish(change(7));
    const text = await body.until("id: 7");
    expect(text).toContain(`id: 7\ndata: ${JSON.stringify({ ...change(7), id: "7" })}\n\n`);
    await body.cancel();
  });

  it("replays what a reconnecting browser missed before live changes, without repeats", async () => {
    const hub = new LiveHub(10);
    let release: (changes: LiveChange[]) => void = () => {};
    const catchUp = vi.fn(() => new Promise<LiveChange[]>((resolve) => (release = resolve)));
    const body = reader(openLiveStream(request({ "Last-Event-ID": "4" }).request, options(hub, { catchUp })));
    await body.until(": connected");
    expect(catchUp).toHaveBeenCalledWith(4);
    // Live changes arrive while the database is still being read.
    hub.publish(change(6));
    hub.publish(change(7));
    release([change(5), change(6)]);
    const text = await body.until("id: 7");
    const ids = [...text.matchAll(/^id: (\d+)$/gm)].map((match) => Number(match[1]));
    expect(ids).toEqual([5, 6, 7]);
    await body.cancel();
  });

  it("gives a new browser this instance's position as its Last-Event-ID, without an event", async () => {
    const hub = new LiveHub(10);
    const body = reader(openLiveStream(request().request, options(hub, { position: () => 41 })));
    expect(await body.until("id: 41")).toBe("retry: 3000\n: connected\n\nid: 41\n\n");
    await body.cancel();
  });

  it("keeps a resuming browser's position when it missed nothing", async () => {
    const hub = new LiveHub(10);
    const body = reader(openLiveStream(request({}, "?lastEventId=30").request, options(hub, { position: () => 41 })));
    expect(await body.until("id: 30")).toBe("retry: 3000\n: connected\n\nid: 30\n\n");
    await body.cancel();
  });

  it("takes the id to resume after from the header, else from ?lastEventId=, ignoring nonsense", () => {
    expect(lastEventIdOf(request({ "Last-Event-ID": "12" }).request, plain)).toBe(12);
    expect(lastEventIdOf(request({}, "?lastEventId=9").request, plain)).toBe(9);
    expect(lastEventIdOf(request({ "Last-Event-ID": "abc" }).request, plain)).toBeNull();
    expect(lastEventIdOf(request({}, "?lastEventId=-1").request, plain)).toBeNull();
    expect(lastEventIdOf(request().request, plain)).toBeNull();
  });

  it("sends a heartbeat comment so proxies keep the connection open", async () => {
    vi.useFakeTimers();
    const hub = new LiveHub(10);
    const body = reader(openLiveStream(request().request, options(hub, { heartbeatMs: 20_000 })));
    await body.until(": connected");
    vi.advanceTimersByTime(20_000);
    expect(await body.until(": heartbeat")).toContain(": heartbeat\n\n");
    await body.cancel();
  });

  it("forgets a browser that goes away", async () => {
    const hub = new LiveHub(10);
    const { controller, request: req } = request();
    const body = reader(openLiveStream(req, options(hub)));
    await body.until(": connected");
    expect(hub.size).toBe(1);
    controller.abort();
    expect(hub.size).toBe(0);

    const second = reader(openLiveStream(request().request, options(hub)));
    await second.until(": connected");
    expect(hub.size).toBe(1);
    await second.cancel();
    expect(hub.size).toBe(0);
  });

  it("refuses streams beyond the per-instance cap with 503 and Retry-After", async () => {
    const hub = new LiveHub(1);
    const first = reader(openLiveStream(request().request, options(hub)));
    await first.until(": connected");
    const refused = openLiveStream(request().request, options(hub));
    expect(refused.status).toBe(503);
    expect(refused.headers.get("retry-after")).toBe("15");
    expect(await refused.json()).toMatchObject({ error: { code: "unavailable" } });
    await first.cancel();
  });

  it("ends every stream with a retry hint when the instance drains, and refuses new ones", async () => {
    const hub = new LiveHub(10);
    const body = reader(openLiveStream(request().request, options(hub)));
    await body.until(": connected");
    expect(hub.drain(1_000)).toBe(1);
    expect(await body.rest()).toMatch(/retry: 1000\n\n$/);
    expect(hub.size).toBe(0);
    const refused = openLiveStream(request().request, options(hub));
    expect(refused.status).toBe(503);
    expect(refused.headers.get("retry-after")).toBe("2");
  });
});

// Issue 21, finding 10: event ids were audit row numbers, whose gaps told anyone how much
// unpublished activity lay between two public changes.
describe("live event ids", () => {
  const ids = eventIdCodec(Buffer.alloc(32, 7));

  it("say nothing about the audit rows behind them, and stand for them exactly", () => {
    const tokens = [41, 42, 57].map((id) => ids.encode(id));
    for (const token of tokens) expect(token).toMatch(/^[A-Za-z0-9_-]{22}$/);
    expect(tokens.join(" ")).not.toMatch(/41|42|57/);
    expect(tokens.map((token) => ids.decode(token))).toEqual([41, 42, 57]);
    expect(formatChange(change(42), ids)).toBe(`id: ${tokens[1]}\ndata: ${JSON.stringify({ ...change(42), id: tokens[1] })}\n\n`);
  });

  it("refuse ids this site did not give out, so the browser starts afresh", () => {
    expect(ids.decode("41")).toBeNull();
    expect(ids.decode("A".repeat(22))).toBeNull();
    expect(eventIdCodec(Buffer.alloc(32, 8)).decode(ids.encode(41))).toBeNull();
    expect(lastEventIdOf(request({ "Last-Event-ID": "41" }).request, ids)).toBeNull();
    expect(lastEventIdOf(request({ "Last-Event-ID": ids.encode(41) }).request, ids)).toBe(41);
  });
});

// Issue 21, finding 8: one client opened 100 streams, and could have filled an instance.
describe("streams per client", () => {
  it("are limited, answering 429 beyond the limit while other clients still connect", async () => {
    const hub = new LiveHub(100, 3);
    const open = [1, 2, 3].map(() => openLiveStream(request().request, options(hub, { client: "2001:db8:1:1::5" })));
    expect(open.map((response) => response.status)).toEqual([200, 200, 200]);
    const refused = openLiveStream(request().request, options(hub, { client: "2001:db8:1:1::6" }));
    expect(refused.status).toBe(429);
    expect(refused.headers.get("retry-after")).toBe("30");
    expect(openLiveStream(request().request, options(hub, { client: "198.51.100.1" })).status).toBe(200);
    for (const response of open) await response.body?.cancel();
    expect(openLiveStream(request().request, options(hub, { client: "2001:db8:1:1::5" })).status).toBe(200);
  });
});

