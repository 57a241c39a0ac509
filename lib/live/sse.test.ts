import { afterEach, beforeAll, describe, expect, it, vi } from "vitest";

import { resetConfig } from "@/lib/config";

import { LiveHub } from "./hub";
import type { LiveChange } from "./queries";
import { lastEventIdOf, openLiveStream, type LiveStreamOptions } from "./sse";

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
  return { hub, catchUp: async () => [], position: () => 0, ...overrides };
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

  it("sends each published change with its audit row id as the event id", async () => {
    const hub = new LiveHub(10);
    const body = reader(openLiveStream(request().request, options(hub)));
    await body.until(": connected");
    hub.publish(change(7));
    const text = await body.until("id: 7");
    expect(text).toContain(`id: 7\ndata: ${JSON.stringify(change(7))}\n\n`);
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
    expect(lastEventIdOf(request({ "Last-Event-ID": "12" }).request)).toBe(12);
    expect(lastEventIdOf(request({}, "?lastEventId=9").request)).toBe(9);
    expect(lastEventIdOf(request({ "Last-Event-ID": "abc" }).request)).toBeNull();
    expect(lastEventIdOf(request({}, "?lastEventId=-1").request)).toBeNull();
    expect(lastEventIdOf(request().request)).toBeNull();
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
