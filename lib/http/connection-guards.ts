import "server-only";

import { randomBytes } from "node:crypto";
import { subscribe } from "node:diagnostics_channel";
import type { IncomingMessage, Server, ServerResponse } from "node:http";
import type { Socket } from "node:net";

import { setPeerHeaderName } from "./client-address";
import { canonicalIp } from "./ip";
import { trustsPeer, type TrustProxy } from "./trust-proxy";

// What every connection to this instance gets before Next.js sees its request. Next.js does
// not hand its HTTP server to application code; Node's diagnostics channels report each new
// connection and each request (lib/live/shutdown.ts counts requests the same way):
// - the socket's peer address, stamped on the request under a per-process secret header name
//   (lib/http/client-address.ts), since Next.js keeps a client's own X-Forwarded-For;
// - forwarded headers dropped unless the peer is a proxy TRUST_PROXY names, so Next.js fills
//   X-Forwarded-For/-Host/-Proto from the socket and the Host header instead;
// - deadlines for slow clients: the request's headers within HEADERS_TIMEOUT_MS of the
//   connection (or of the previous answer on a kept-alive one), its body within BODY_TIMEOUT_MS
//   of its headers. Node's own headersTimeout/requestTimeout are set too, but it checks them
//   only every 30 s; a trickled body used to hold a connection for 125 s.

export const HEADERS_TIMEOUT_MS = 10_000;
export const BODY_TIMEOUT_MS = 30_000;

const FORWARDED_HEADERS = ["forwarded", "x-forwarded-for", "x-forwarded-host", "x-forwarded-proto", "x-forwarded-port", "x-real-ip"];

export interface ConnectionGuardOptions {
  trust: TrustProxy;
  headersTimeoutMs?: number;
  bodyTimeoutMs?: number;
}

const INSTALLED_KEY = Symbol.for("policy-tracker.connection-guards");
const holder = globalThis as unknown as Record<typeof INSTALLED_KEY, boolean | undefined>;

function hasBody(request: IncomingMessage): boolean {
  const length = request.headers["content-length"];
  return (length !== undefined && length !== "0") || request.headers["transfer-encoding"] !== undefined;
}

export interface ConnectionGuards {
  peerHeader: string;
  onSocket(message: { socket: Socket & { server?: Server } }): void;
  onRequest(message: { request: IncomingMessage; response: ServerResponse; socket: Socket; server: Server }): void;
}

/** The guards' handlers; installConnectionGuards wires them to every server in the process. */
export function createConnectionGuards(options: ConnectionGuardOptions): ConnectionGuards {
  const { trust, headersTimeoutMs = HEADERS_TIMEOUT_MS, bodyTimeoutMs = BODY_TIMEOUT_MS } = options;
  const peerHeader = `x-pt-peer-${randomBytes(12).toString("hex")}`;

  const configured = new WeakSet<Server>();
  const headerDeadlines = new WeakMap<Socket, NodeJS.Timeout>();
  const inFlight = new WeakMap<Socket, number>();

  const configure = (server: Server | undefined) => {
    if (!server || configured.has(server)) return;
    configured.add(server);
    server.headersTimeout = headersTimeoutMs;
    server.requestTimeout = bodyTimeoutMs + headersTimeoutMs;
  };
  const clearHeaderDeadline = (socket: Socket) => {
    clearTimeout(headerDeadlines.get(socket));
    headerDeadlines.delete(socket);
  };
  const armHeaderDeadline = (socket: Socket) => {
    clearHeaderDeadline(socket);
    if (socket.destroyed) return;
    const timer = setTimeout(() => socket.destroy(), headersTimeoutMs);
    timer.unref();
    headerDeadlines.set(socket, timer);
  };

  return {
    peerHeader,
    onSocket({ socket }) {
      configure(socket.server);
      armHeaderDeadline(socket);
      socket.once("close", () => clearHeaderDeadline(socket));
    },
    onRequest({ request, response, socket, server }) {
      configure(server);
      clearHeaderDeadline(socket);
      inFlight.set(socket, (inFlight.get(socket) ?? 0) + 1);

      const peer = canonicalIp(socket.remoteAddress);
      if (!trustsPeer(trust, peer)) for (const name of FORWARDED_HEADERS) delete request.headers[name];
      if (peer) request.headers[peerHeader] = peer;

      let bodyDeadline: NodeJS.Timeout | undefined;
      if (hasBody(request)) {
        bodyDeadline = setTimeout(() => {
          if (!request.complete) socket.destroy();
        }, bodyTimeoutMs);
        bodyDeadline.unref();
        request.once("end", () => clearTimeout(bodyDeadline));
      }
      response.once("close", () => {
        clearTimeout(bodyDeadline);
        const open = (inFlight.get(socket) ?? 1) - 1;
        inFlight.set(socket, open);
        // A kept-alive connection must send its next request's headers in time too.
        if (open === 0 && !socket.destroyed) armHeaderDeadline(socket);
      });
    },
  };
}

/** Install the guards for every HTTP server in this process. Idempotent. */
export function installConnectionGuards(options: ConnectionGuardOptions): void {
  if (holder[INSTALLED_KEY]) return;
  holder[INSTALLED_KEY] = true;
  const guards = createConnectionGuards(options);
  setPeerHeaderName(guards.peerHeader);
  subscribe("net.server.socket", (message) => guards.onSocket(message as Parameters<ConnectionGuards["onSocket"]>[0]));
  subscribe("http.server.request.start", (message) => guards.onRequest(message as Parameters<ConnectionGuards["onRequest"]>[0]));
}
