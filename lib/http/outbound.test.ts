import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

import { afterEach, describe, expect, it } from "vitest";

import { checkOutboundUrl, guardedFetch, OutboundError, type Resolver } from "./outbound";

// The outbound-request guard against real local servers. Strict is production (no allowance);
// open is WEBHOOKS_ALLOW_PRIVATE_ADDRESSES=1 (or the source watch's own setting).

const strict = { allowPrivateAddresses: false };
const open = { allowPrivateAddresses: true };

let servers: Server[] = [];
afterEach(async () => {
  await Promise.all(servers.map((server) => new Promise((resolve) => server.close(resolve))));
  servers = [];
});

async function serve(handler: (request: IncomingMessage, response: ServerResponse) => void): Promise<{ port: number; requests: IncomingMessage[] }> {
  const requests: IncomingMessage[] = [];
  const server = createServer((request, response) => {
    requests.push(request);
    handler(request, response);
  });
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return { port: (server.address() as AddressInfo).port, requests };
}

async function refusal(promise: Promise<unknown>): Promise<OutboundError> {
  const error = await promise.then(
    () => null,
    (reason: unknown) => reason,
  );
  expect(error).toBeInstanceOf(OutboundError);
  return error as OutboundError;
}

describe("checkOutboundUrl", () => {
  it.each([
    ["http://127.0.0.1:9123/hook", "scheme"],
    ["https://127.0.0.1/hook", "address"],
    ["https://localhost/hook", "address"],
    ["https://api.localhost/hook", "address"],
    ["https://[::1]/hook", "address"],
    ["https://[::ffff:127.0.0.1]/hook", "address"],
    ["https://[::ffff:7f00:1]/hook", "address"],
    ["https://0.0.0.0/hook", "address"],
    ["https://[::]/hook", "address"],
    ["https://10.0.0.8/hook", "address"],
    ["https://192.168.1.1/hook", "address"],
    ["https://169.254.169.254/latest/meta-data", "address"],
    ["https://[fd00::1]/hook", "address"],
    ["https://[fe80::1]/hook", "address"],
    ["https://0x7f000001/hook", "address"],
    ["https://2130706433/hook", "address"],
    ["https://127.1/hook", "address"],
    ["https://intranet/hook", "address"],
    ["https://printer.local/hook", "address"],
    ["https://hooks.example.org:22/hook", "port"],
    ["https://hooks.example.org:6379/hook", "port"],
    ["https://user:secret@hooks.example.org/hook", "credentials"],
    ["ftp://hooks.example.org/hook", "scheme"],
    ["file:///etc/passwd", "scheme"],
    ["not a url", "unreadable"],
  ])("refuses %j in production (%s)", (url, reason) => {
    expect(checkOutboundUrl(url, strict)).toMatchObject({ ok: false, reason });
  });

  it.each(["https://hooks.example.org/hook", "https://hooks.example.org:443/hook", "https://hooks.example.org:8443/hook", "https://93.184.215.14/hook"])(
    "allows %j",
    (url) => {
      expect(checkOutboundUrl(url, strict)).toMatchObject({ ok: true });
    },
  );

  it("allows loopback, plain HTTP and any port when the caller's setting opens it", () => {
    expect(checkOutboundUrl("http://127.0.0.1:9123/hook", open)).toMatchObject({ ok: true });
    expect(checkOutboundUrl("http://[::1]:9123/hook", open)).toMatchObject({ ok: true });
    expect(checkOutboundUrl("ftp://127.0.0.1/hook", open)).toMatchObject({ ok: false, reason: "scheme" });
  });
});

describe("guardedFetch", () => {
  it("refuses a name whose DNS answer includes a private address, without connecting", async () => {
    const resolve: Resolver = async () => [
      { address: "93.184.215.14", family: 4 },
      { address: "10.0.0.5", family: 4 },
    ];
    const error = await refusal(guardedFetch("https://rebind.example.org/hook", { method: "POST" }, strict, { resolve }));
    expect(error.kind).toBe("refused");
  });

  it.each(["127.0.0.1", "::1", "::ffff:127.0.0.1", "169.254.169.254", "fd00::1"])("refuses a name resolving to %s", async (address) => {
    const resolve: Resolver = async () => [{ address, family: address.includes(":") ? 6 : 4 }];
    expect((await refusal(guardedFetch("https://hooks.example.org/hook", {}, strict, { resolve }))).kind).toBe("refused");
  });

  it("connects to the address it checked, looking the name up once", async () => {
    const { port, requests } = await serve((_request, response) => response.writeHead(204).end());
    let lookups = 0;
    const resolve: Resolver = async () => {
      lookups += 1;
      return [{ address: "127.0.0.1", family: 4 }];
    };
    const response = await guardedFetch(`http://receiver.test:${port}/hook`, { method: "POST", body: "{}" }, open, { resolve });
    expect(response.status).toBe(204);
    expect(lookups).toBe(1);
    expect(requests[0]?.headers.host).toBe(`receiver.test:${port}`);
  });

  it("says only that it could not connect, not why", async () => {
    const { port } = await serve(() => undefined);
    await new Promise((resolve) => servers.pop()?.close(resolve));
    const error = await refusal(guardedFetch(`http://127.0.0.1:${port}/hook`, { method: "POST" }, open));
    expect(error.kind).toBe("unreachable");
    expect(error.message).toBe("Could not connect.");
    expect(error.message).not.toMatch(/ECONN|\d{4,}/);
  });

  it("gives up after its time limit", async () => {
    const { port } = await serve(() => undefined);
    const error = await refusal(guardedFetch(`http://127.0.0.1:${port}/hook`, { timeoutMs: 200 }, open));
    expect(error.kind).toBe("timeout");
  });

  it("refuses an answer larger than its limit", async () => {
    const { port } = await serve((_request, response) => response.end("x".repeat(10_000)));
    const response = await guardedFetch(`http://127.0.0.1:${port}/`, { maxResponseBytes: 1000 }, open);
    await expect(response.text()).rejects.toThrow();
  });

  it("returns a redirect as it is unless asked to follow, and checks every hop it follows", async () => {
    const target = await serve((_request, response) => response.end("arrived"));
    const first = await serve((request, response) => {
      const to = request.url === "/to-file" ? "file:///etc/passwd" : `http://127.0.0.1:${target.port}/`;
      response.writeHead(302, { Location: to }).end();
    });
    expect((await guardedFetch(`http://127.0.0.1:${first.port}/`, {}, open)).status).toBe(302);
    expect(await (await guardedFetch(`http://127.0.0.1:${first.port}/`, { maxRedirects: 3 }, open)).text()).toBe("arrived");
    expect((await refusal(guardedFetch(`http://127.0.0.1:${first.port}/to-file`, { maxRedirects: 3 }, open))).kind).toBe("refused");
  });
});
