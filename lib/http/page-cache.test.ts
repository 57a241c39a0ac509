import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { gzipSync } from "node:zlib";

import { afterEach, beforeEach, describe, expect, it } from "vitest";

import { expireEverything, expireTags, noteTags, resetFreshness, setListening } from "../live/freshness.mjs";
import { cacheKeyFor, createPageCache } from "./page-cache.mjs";

// The page cache in front of a stand-in for Next.js's handler on a real HTTP server: the
// stand-in counts its renders and answers the way the app's routes do (public Cache-Control,
// the tags of the data it read reported as the data cache handler reports them).

interface Backend {
  renders: number;
  /** What the next renders say. */
  body: string;
  cacheControl: string;
  tags: string[];
  /** Held open until released, to make renders overlap. */
  gate: Promise<void> | null;
  extraHeaders: Record<string, string>;
}

let backend: Backend;
let server: Server;
let base: string;
let clock: number;

function startServer(maxBytes = 1024 * 1024): Promise<void> {
  const cache = createPageCache({ maxBytes, now: () => clock });
  const render = async (request: IncomingMessage, response: ServerResponse) => {
    backend.renders += 1;
    const body = backend.body;
    noteTags(backend.tags);
    if (backend.gate) await backend.gate;
    response.setHeader("Cache-Control", backend.cacheControl);
    response.setHeader("Content-Type", "text/html; charset=utf-8");
    for (const [name, value] of Object.entries(backend.extraHeaders)) response.setHeader(name, value);
    if (request.headers["accept-encoding"]?.includes("gzip")) {
      response.setHeader("Content-Encoding", "gzip");
      response.setHeader("Vary", "rsc, next-router-state-tree, next-router-prefetch, next-router-segment-prefetch, Accept-Encoding");
      response.end(gzipSync(body));
      return;
    }
    response.write(body.slice(0, 5));
    response.end(body.slice(5));
  };
  server = createServer((request, response) => void cache.handle(request, response, () => render(request, response)));
  return new Promise((resolve) => {
    server.listen(0, "127.0.0.1", () => {
      base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
      resolve();
    });
  });
}

// fetch asks for gzip unless told otherwise; most tests read the plain bytes.
const get = (path = "/", headers: Record<string, string> = {}, method = "GET") =>
  fetch(`${base}${path}`, { headers: { "accept-encoding": "identity", ...headers }, method });

beforeEach(async () => {
  resetFreshness();
  setListening(true);
  clock = Date.now();
  expireEverything(clock - 60_000);
  backend = { renders: 0, body: "<p>first version</p>", cacheControl: "public, s-maxage=10, stale-while-revalidate=60", tags: ["bills", "bill:a"], gate: null, extraHeaders: {} };
  await startServer();
});

afterEach(async () => {
  await new Promise((resolve) => server.close(resolve));
  resetFreshness();
});

describe("the page cache", () => {
  it("answers a repeated anonymous read from memory with the same bytes", async () => {
    const first = await get();
    expect(first.headers.get("x-page-cache")).toBe("miss");
    expect(await first.text()).toBe("<p>first version</p>");
    const second = await get();
    expect(second.headers.get("x-page-cache")).toBe("hit");
    expect(await second.text()).toBe("<p>first version</p>");
    expect(second.headers.get("content-type")).toBe("text/html; charset=utf-8");
    expect(backend.renders).toBe(1);
  });

  it("keeps a copy per encoding, with the encoded bytes", async () => {
    await (await get("/", { "accept-encoding": "gzip" })).text();
    await (await get("/")).text();
    const gzipped = await get("/", { "accept-encoding": "gzip" });
    expect(gzipped.headers.get("x-page-cache")).toBe("hit");
    expect(gzipped.headers.get("content-encoding")).toBe("gzip");
    expect(await gzipped.text()).toBe("<p>first version</p>");
    expect(backend.renders).toBe(2);
  });

  it("never answers signed-in requests, Next's own navigations, server actions or writes", async () => {
    await (await get()).text();
    const asked: [Record<string, string>, string][] = [
      [{ cookie: "authjs.session-token=abc" }, "GET"],
      [{ cookie: "theme=dark; __Secure-authjs.session-token=abc" }, "GET"],
      [{ cookie: "__prerender_bypass=1" }, "GET"],
      [{ rsc: "1" }, "GET"],
      [{ "next-router-prefetch": "1" }, "GET"],
      [{ "next-action": "abc" }, "GET"],
      [{}, "POST"],
    ];
    for (const [headers, method] of asked) {
      const response = await get("/", headers, method);
      await response.text();
      expect(response.headers.get("x-page-cache"), JSON.stringify(headers)).toBeNull();
    }
    expect((await get("/?_rsc=abc")).headers.get("x-page-cache")).toBeNull();
    expect(backend.renders).toBe(1 + asked.length + 1);
  });

  it("does not keep what the app does not mark public, sets a cookie with, or varies on something else", async () => {
    for (const [cacheControl, extraHeaders] of [
      ["private, no-store", {}],
      ["public, s-maxage=10", { "Set-Cookie": "a=b" }],
      ["public, s-maxage=10", { Vary: "Origin" }],
    ] as const) {
      backend.cacheControl = cacheControl;
      backend.extraHeaders = extraHeaders;
      const path = `/x-${backend.renders}`;
      await (await get(path)).text();
      // Left alone from then on: no copy, and no reader waits for another's render.
      expect((await get(path)).headers.get("x-page-cache")).toBeNull();
    }
    expect(backend.renders).toBe(6);
  });

  it("reads headers given to writeHead as Node's flat list, and keeps no answer with a Set-Cookie among them", async () => {
    await new Promise((resolve) => server.close(resolve));
    const cache = createPageCache({ maxBytes: 1024 * 1024, now: () => clock });
    server = createServer(
      (request, response) =>
        void cache.handle(request, response, async () => {
          backend.renders += 1;
          response.writeHead(200, ["Cache-Control", "public, s-maxage=10", "Set-Cookie", "a=b", "Content-Type", "text/plain"]);
          response.end("with a cookie");
        }),
    );
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", () => resolve()));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    for (let i = 0; i < 3; i += 1) {
      const response = await get("/cookie");
      expect(await response.text()).toBe("with a cookie");
      expect(response.headers.get("x-page-cache")).not.toBe("hit");
    }
    expect(backend.renders).toBe(3);
  });

  it("looks at a key it could not keep again after a minute", async () => {
    backend.cacheControl = "private, no-store";
    await (await get("/changes")).text();
    backend.cacheControl = "public, s-maxage=10";
    expect((await get("/changes")).headers.get("x-page-cache")).toBeNull();
    clock += 61_000;
    expireEverything(clock - 60_000);
    expect((await get("/changes")).headers.get("x-page-cache")).toBe("miss");
    expect((await get("/changes")).headers.get("x-page-cache")).toBe("hit");
  });

  it("expires an entry when a tag of its data expires, and keeps it when another tag does", async () => {
    await (await get()).text();
    expireTags(["bill:other"]);
    expect((await get()).headers.get("x-page-cache")).toBe("hit");
    backend.body = "<p>second version</p>";
    expireTags(["bill:a"]);
    const after = await get();
    expect(after.headers.get("x-page-cache")).toBe("miss");
    expect(await after.text()).toBe("<p>second version</p>");
  });

  it("expires a response whose data has no tags on any expiry at all", async () => {
    backend.tags = [];
    await (await get()).text();
    expect((await get()).headers.get("x-page-cache")).toBe("hit");
    expireTags(["statistics"]);
    expect((await get()).headers.get("x-page-cache")).toBe("miss");
  });

  it("expires everything on a LISTEN reconnection, and serves nothing while LISTEN is down", async () => {
    await (await get()).text();
    setListening(false);
    expect((await get()).headers.get("x-page-cache")).toBeNull();
    expireEverything();
    setListening(true);
    expect((await get()).headers.get("x-page-cache")).toBe("miss");
  });

  it("does not keep a render that an expiry overtook", async () => {
    let release = () => {};
    backend.gate = new Promise((resolve) => (release = resolve));
    const inFlight = get();
    await new Promise((resolve) => setTimeout(resolve, 50));
    clock += 5;
    expireTags(["bills"]);
    release();
    await (await inFlight).text();
    backend.gate = null;
    expect((await get()).headers.get("x-page-cache")).toBe("miss");
    expect(backend.renders).toBe(2);
  });

  it("renders a missing page once for many concurrent readers", async () => {
    let release = () => {};
    backend.gate = new Promise((resolve) => (release = resolve));
    const readers = Array.from({ length: 20 }, () => get().then((response) => response.text()));
    await new Promise((resolve) => setTimeout(resolve, 100));
    release();
    expect(new Set(await Promise.all(readers))).toEqual(new Set(["<p>first version</p>"]));
    expect(backend.renders).toBe(1);
  });

  it("lets concurrent readers of an answer it cannot keep through as soon as its headers are out", async () => {
    backend.cacheControl = "no-cache, no-transform";
    let release = () => {};
    backend.gate = new Promise((resolve) => (release = resolve));
    // The first reader's answer never ends (a live stream); the others must not wait for it.
    await new Promise((resolve) => server.close(resolve));
    const cache = createPageCache({ maxBytes: 1024 * 1024, now: () => clock });
    let opened = 0;
    server = createServer((request, response) => {
      void cache.handle(request, response, async () => {
        opened += 1;
        response.writeHead(200, { "Content-Type": "text/event-stream", "Cache-Control": backend.cacheControl });
        response.write(": open\n\n");
        await backend.gate;
        response.end();
      });
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", () => resolve()));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    const streams = await Promise.all(Array.from({ length: 5 }, () => get("/api/live")));
    expect(streams.map((response) => response.status)).toEqual([200, 200, 200, 200, 200]);
    expect(opened).toBe(5);
    release();
    await Promise.all(streams.map((response) => response.text()));
    expect((await get("/api/live")).headers.get("x-page-cache")).toBeNull();
  });

  it("serves a stale copy while one request refreshes it, and drops it after stale-while-revalidate", async () => {
    await (await get()).text();
    clock += 11_000;
    let release = () => {};
    backend.gate = new Promise((resolve) => (release = resolve));
    backend.body = "<p>refreshed</p>";
    const refresher = get();
    await new Promise((resolve) => setTimeout(resolve, 50));
    const others = await Promise.all(Array.from({ length: 5 }, () => get().then(async (r) => [r.headers.get("x-page-cache"), await r.text()])));
    expect(others).toEqual(Array.from({ length: 5 }, () => ["stale", "<p>first version</p>"]));
    release();
    expect(await (await refresher).text()).toBe("<p>refreshed</p>");
    backend.gate = null;
    expect((await get()).headers.get("x-page-cache")).toBe("hit");
    expect(backend.renders).toBe(2);
    clock += 71_000;
    expect((await get()).headers.get("x-page-cache")).toBe("miss");
  });

  it("answers If-None-Match with 304 and HEAD without a body", async () => {
    await (await get()).text();
    const full = await get();
    const etag = full.headers.get("etag");
    expect(etag).toMatch(/^".+"$/);
    const notModified = await get("/", { "if-none-match": etag ?? "" });
    expect(notModified.status).toBe(304);
    expect(await notModified.text()).toBe("");
    const head = await get("/", {}, "HEAD");
    expect(head.headers.get("x-page-cache")).toBe("hit");
    expect(head.headers.get("content-length")).toBe(String("<p>first version</p>".length));
    expect(await head.text()).toBe("");
  });

  it("answers If-Modified-Since with 304 from a copy with Last-Modified, unless If-None-Match disagrees", async () => {
    backend.extraHeaders = { "Last-Modified": "Tue, 02 Dec 2026 10:00:00 GMT" };
    await (await get()).text();
    const since = await get("/", { "if-modified-since": "Tue, 02 Dec 2026 10:00:00 GMT" });
    expect(since.status).toBe(304);
    expect(since.headers.get("x-page-cache")).toBe("hit");
    expect((await get("/", { "if-modified-since": "Mon, 01 Dec 2026 10:00:00 GMT" })).status).toBe(200);
    expect((await get("/", { "if-modified-since": "Tue, 02 Dec 2026 10:00:00 GMT", "if-none-match": '"another"' })).status).toBe(200);
    expect(backend.renders).toBe(1);
  });

  it("gives each answer its own request id, keeping a load balancer's", async () => {
    await (await get()).text();
    const a = await get();
    const b = await get();
    expect(a.headers.get("x-request-id")).not.toBe(b.headers.get("x-request-id"));
    expect((await get("/", { "x-request-id": "lb-123" })).headers.get("x-request-id")).toBe("lb-123");
  });

  it("holds no more bytes than it is given, evicting the least recently used", async () => {
    await new Promise((resolve) => server.close(resolve));
    backend.body = "x".repeat(4000);
    await startServer(10_000);
    for (const path of ["/1", "/2", "/3"]) await (await get(path)).text();
    expect((await get("/1")).headers.get("x-page-cache")).toBe("miss");
    expect((await get("/3")).headers.get("x-page-cache")).toBe("hit");
  });
});

describe("cache keys", () => {
  const request = (headers: Record<string, string>, url = "/") => ({ method: "GET", url, headers }) as unknown as IncomingMessage;

  it("separate schemes, hosts and encodings", () => {
    const keys = [
      cacheKeyFor(request({ host: "a" })),
      cacheKeyFor(request({ host: "b" })),
      cacheKeyFor(request({ host: "a", "x-forwarded-proto": "https" })),
      cacheKeyFor(request({ host: "a", "accept-encoding": "gzip" })),
      cacheKeyFor(request({ host: "a" }, "/?page=2")),
    ];
    expect(new Set(keys).size).toBe(keys.length);
  });

  it("separate link-preview crawlers from browsers, which Next.js renders differently", () => {
    const chrome = cacheKeyFor(request({ host: "a", "user-agent": "Mozilla/5.0 (X11; Linux x86_64) Chrome/131.0 Safari/537.36" }));
    const firefox = cacheKeyFor(request({ host: "a", "user-agent": "Mozilla/5.0 (X11; Linux x86_64; rv:133.0) Gecko/20100101 Firefox/133.0" }));
    const facebook = cacheKeyFor(request({ host: "a", "user-agent": "facebookexternalhit/1.1 (+http://www.facebook.com/externalhit_uatext.php)" }));
    const slack = cacheKeyFor(request({ host: "a", "user-agent": "Slackbot-LinkExpanding 1.0 (+https://api.slack.com/robots)" }));
    expect(chrome).toBe(firefox);
    expect(facebook).not.toBe(chrome);
    expect(slack).toBe(facebook);
  });
});
