import { describe, expect, it } from "vitest";

import { outageResponse, RETRY_AFTER_SECONDS } from "@/lib/http/outage";

import { createDatabaseGate, isConnectionError } from "./availability";

// Shapes recorded from Prisma 7 with adapter-pg and node-postgres while PostgreSQL was stopped.
const prismaUnreachable = {
  name: "PrismaClientKnownRequestError",
  code: "P1001",
  meta: { driverAdapterError: { name: "DriverAdapterError", cause: { kind: "DatabaseNotReachable", host: "127.0.0.1", port: 5432 } } },
};
const rawQueryUnreachable = {
  name: "PrismaClientKnownRequestError",
  code: "P2010",
  meta: { driverAdapterError: { name: "DriverAdapterError", cause: { kind: "DatabaseNotReachable" } } },
};
const adminShutdown = { name: "PrismaClientKnownRequestError", code: "P2010", meta: { driverAdapterError: { cause: { kind: "postgres", code: "57P01" } } } };
const deadClient = new Error("Client has encountered a connection error and is not queryable");
const refused = Object.assign(new Error("connect ECONNREFUSED 127.0.0.1:5432"), { code: "ECONNREFUSED", syscall: "connect", errno: -111 });

describe("isConnectionError", () => {
  it.each([
    ["an unreachable server", prismaUnreachable],
    ["a raw query on an unreachable server", rawQueryUnreachable],
    ["a connection ended by a server shutdown", adminShutdown],
    ["a client whose connection died", deadClient],
    ["a refused connection, wrapped", new Error("query failed", { cause: refused })],
    ["a connection exception (class 08)", { code: "08006" }],
    ["an exhausted pool", new Error("timeout exceeded when trying to connect")],
  ])("recognises %s", (_name, error) => {
    expect(isConnectionError(error)).toBe(true);
  });

  it.each([
    ["a unique violation", { code: "P2002", meta: { target: ["slug"] } }],
    ["a failed check constraint", { code: "P2010", meta: { driverAdapterError: { cause: { kind: "postgres", code: "23514" } } } }],
    ["a bug", new TypeError("Cannot read properties of undefined")],
    ["nothing at all", undefined],
  ])("does not mistake %s for an outage", (_name, error) => {
    expect(isConnectionError(error)).toBe(false);
  });
});

describe("the database gate", () => {
  // Port 1 refuses connections at once: a stopped server.
  const unreachable = "postgresql://postgres@127.0.0.1:1/none";

  it("lets requests through without a probe while LISTEN is connected", async () => {
    let probes = 0;
    const gate = createDatabaseGate({ connectionString: unreachable, listening: () => true, probe: async () => (probes += 1) < 0 });
    expect(await gate.isUnavailable()).toBe(false);
    expect(probes).toBe(0);
  });

  it("probes when LISTEN is down, and refuses while the database cannot be reached", async () => {
    const gate = createDatabaseGate({ connectionString: unreachable, listening: () => false });
    expect(await gate.isUnavailable()).toBe(true);
  });

  it("probes after a request lost its connection, even while LISTEN still looks connected", async () => {
    const gate = createDatabaseGate({ connectionString: unreachable, listening: () => true });
    gate.suspect();
    expect(await gate.isUnavailable()).toBe(true);
  });

  it("asks once for many requests at a time, and trusts the answer for a while", async () => {
    let probes = 0;
    const gate = createDatabaseGate({ connectionString: unreachable, listening: () => false, probeEveryMs: 60_000, probe: async () => (probes += 1) < 0 });
    expect(await Promise.all([gate.isUnavailable(), gate.isUnavailable(), gate.isUnavailable()])).toEqual([true, true, true]);
    expect(await gate.isUnavailable()).toBe(true);
    expect(probes).toBe(1);
  });

  it("does not repeat an old 'unreachable' once LISTEN is connected again", async () => {
    let listening = false;
    let reachable = false;
    const gate = createDatabaseGate({ connectionString: unreachable, listening: () => listening, probeEveryMs: 60_000, probe: async () => reachable });
    gate.suspect();
    expect(await gate.isUnavailable()).toBe(true);
    reachable = true;
    listening = true;
    expect(await gate.isUnavailable()).toBe(false);
    // And the suspicion is cleared: no more probes while LISTEN stays up.
    reachable = false;
    expect(await gate.isUnavailable()).toBe(false);
  });
});

describe("the outage answer", () => {
  it("is a calm page with Retry-After that nobody caches", async () => {
    const response = outageResponse("/bills/take-it-down-act", "bm9uY2U=");
    expect(response.status).toBe(503);
    expect(response.headers.get("Retry-After")).toBe(String(RETRY_AFTER_SECONDS));
    expect(response.headers.get("Cache-Control")).toBe("no-store");
    expect(response.headers.get("Content-Type")).toMatch(/^text\/html/);
    const html = await response.text();
    expect(html).toMatch(/<h1>Policy Tracker is briefly unavailable<\/h1>/);
    expect(html).toContain('<style nonce="bm9uY2U=">');
    expect(html).not.toMatch(/<script/);
  });

  it("is a problem document for the API", async () => {
    const response = outageResponse("/api/v1/bills", "bm9uY2U=");
    expect(response.status).toBe(503);
    expect(response.headers.get("Retry-After")).toBe(String(RETRY_AFTER_SECONDS));
    expect(response.headers.get("Content-Type")).toBe("application/problem+json");
    expect(await response.json()).toMatchObject({ status: 503, type: expect.stringMatching(/#problem-unavailable$/) });
  });
});
