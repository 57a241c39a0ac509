import { createServer, type Server } from "node:http";
import { connect, type AddressInfo, type Socket } from "node:net";

import { afterEach, describe, expect, it } from "vitest";

import { createConnectionGuards, type ConnectionGuardOptions } from "./connection-guards";

// A real HTTP server with the guards wired as the diagnostics channels wire them in the app
// (a connection, then each request before its handler runs).

let server: Server | undefined;

afterEach(async () => {
  await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
  server?.closeAllConnections();
  server = undefined;
});

async function serve(options: ConnectionGuardOptions): Promise<{ port: number; peerHeader: string; seen: Record<string, string | string[] | undefined>[] }> {
  const guards = createConnectionGuards(options);
  const seen: Record<string, string | string[] | undefined>[] = [];
  const started = createServer((request, response) => {
    seen.push({ ...request.headers });
    request.resume();
    request.on("end", () => response.end("ok"));
  });
  started.on("connection", (socket: Socket) => guards.onSocket({ socket: Object.assign(socket, { server: started }) }));
  started.prependListener("request", (request, response) => guards.onRequest({ request, response, socket: request.socket, server: started }));
  server = started;
  await new Promise<void>((resolve) => started.listen(0, "127.0.0.1", resolve));
  return { port: (started.address() as AddressInfo).port, peerHeader: guards.peerHeader, seen };
}

/** Milliseconds until the server closes a connection that sends `opening`, then one byte every `everyMs`. */
function timeUntilClosed(port: number, opening: string, everyMs: number): Promise<number> {
  return new Promise((resolve) => {
    const started = Date.now();
    const socket = connect(port, "127.0.0.1", () => socket.write(opening));
    const trickle = setInterval(() => {
      if (!socket.destroyed) socket.write("a");
    }, everyMs);
    socket.on("error", () => undefined);
    socket.on("data", () => undefined);
    socket.on("close", () => {
      clearInterval(trickle);
      resolve(Date.now() - started);
    });
  });
}

describe("connection guards", () => {
  it("close a connection whose headers trickle in past the header deadline", async () => {
    const { port } = await serve({ trust: { kind: "none" }, headersTimeoutMs: 300, bodyTimeoutMs: 5_000 });
    const closedAfter = await timeUntilClosed(port, "GET / HTTP/1.1\r\nHost: x\r\nX-Slow: ", 50);
    expect(closedAfter).toBeGreaterThanOrEqual(250);
    expect(closedAfter).toBeLessThan(2_000);
  });

  it("close a connection whose body trickles in past the body deadline", async () => {
    const { port } = await serve({ trust: { kind: "none" }, headersTimeoutMs: 5_000, bodyTimeoutMs: 400 });
    const closedAfter = await timeUntilClosed(port, "POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 100000\r\n\r\n", 50);
    expect(closedAfter).toBeGreaterThanOrEqual(350);
    expect(closedAfter).toBeLessThan(2_000);
  });

  it("stamp the socket's peer and drop forwarded headers from an untrusted one", async () => {
    const { port, peerHeader, seen } = await serve({ trust: { kind: "none" } });
    await fetch(`http://127.0.0.1:${port}/`, { headers: { "x-forwarded-for": "203.0.113.9", "x-forwarded-proto": "https", "x-forwarded-host": "evil.example" } });
    expect(seen[0]?.[peerHeader]).toBe("127.0.0.1");
    expect(seen[0]?.["x-forwarded-for"]).toBeUndefined();
    expect(seen[0]?.["x-forwarded-proto"]).toBeUndefined();
    expect(seen[0]?.["x-forwarded-host"]).toBeUndefined();
  });

  it("keep forwarded headers from a proxy TRUST_PROXY names", async () => {
    const { port, seen } = await serve({ trust: { kind: "addresses", ranges: [{ family: 4, value: 0x7f000001n, bits: 32 }] } });
    await fetch(`http://127.0.0.1:${port}/`, { headers: { "x-forwarded-for": "203.0.113.9", "x-forwarded-proto": "https" } });
    expect(seen[0]?.["x-forwarded-for"]).toBe("203.0.113.9");
    expect(seen[0]?.["x-forwarded-proto"]).toBe("https");
  });

  it("leave a prompt request and its kept-alive successor alone", async () => {
    const { port, seen } = await serve({ trust: { kind: "none" }, headersTimeoutMs: 300, bodyTimeoutMs: 300 });
    for (let index = 0; index < 3; index += 1) {
      const response = await fetch(`http://127.0.0.1:${port}/`, { method: "POST", body: "x".repeat(1000) });
      expect(await response.text()).toBe("ok");
    }
    expect(seen).toHaveLength(3);
  });
});
