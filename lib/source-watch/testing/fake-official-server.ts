import { createHash } from "node:crypto";
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

// A stand-in for the official APIs, on loopback, for the integration and browser tests (the
// machines that run them reach no official server). Each path answers what the test set: a
// fixture, with an ETag so that conditional requests get their 304, or a fault (a status with
// headers, a body that is a web page or broken JSON or too large, an answer that never comes, a
// redirect). It counts every request per path, so a test can say how often a source was fetched.

export type Reply =
  | { kind: "json"; body: string; etag?: boolean }
  | { kind: "raw"; status: number; headers?: Record<string, string>; body?: string }
  | { kind: "hang" }
  | { kind: "huge"; bytes: number };

export interface FakeOfficialServer {
  url: string;
  /** What a path answers from now on; paths not set answer 404. */
  set(path: string, reply: Reply): void;
  /** How many requests a path has had. */
  count(path: string): number;
  /** The headers of the last request to a path. */
  lastHeaders(path: string): IncomingMessage["headers"] | undefined;
  close(): Promise<void>;
}

function respond(reply: Reply, request: IncomingMessage, response: ServerResponse): void {
  switch (reply.kind) {
    case "json": {
      const etag = `"${createHash("sha256").update(reply.body).digest("hex").slice(0, 16)}"`;
      if (reply.etag !== false && request.headers["if-none-match"] === etag) {
        response.writeHead(304, { ETag: etag }).end();
        return;
      }
      response.writeHead(200, { "Content-Type": "application/json", ...(reply.etag !== false ? { ETag: etag } : {}) }).end(reply.body);
      return;
    }
    case "raw":
      response.writeHead(reply.status, reply.headers ?? {}).end(reply.body ?? "");
      return;
    case "hang":
      // Never answers; the client's time limit must end it (the socket closes with the server).
      return;
    case "huge": {
      response.writeHead(200, { "Content-Type": "application/json" });
      const chunk = Buffer.alloc(64 * 1024, 0x20);
      let sent = 0;
      const write = () => {
        while (sent < reply.bytes) {
          sent += chunk.length;
          if (!response.write(chunk)) {
            response.once("drain", write);
            return;
          }
        }
        response.end();
      };
      response.on("error", () => undefined);
      write();
      return;
    }
  }
}

export async function startFakeOfficialServer(port = 0): Promise<FakeOfficialServer> {
  const replies = new Map<string, Reply>();
  const counts = new Map<string, number>();
  const headers = new Map<string, IncomingMessage["headers"]>();
  const server: Server = createServer((request, response) => {
    const path = new URL(request.url ?? "/", "http://fake").pathname;
    counts.set(path, (counts.get(path) ?? 0) + 1);
    headers.set(path, request.headers);
    const reply = replies.get(path);
    if (!reply) response.writeHead(404, { "Content-Type": "application/json" }).end('{"error":{"code":"NOT_FOUND"}}');
    else respond(reply, request, response);
  });
  await new Promise<void>((resolve) => server.listen(port, "127.0.0.1", resolve));
  const address = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${address.port}`,
    set: (path, reply) => void replies.set(path, reply),
    count: (path) => counts.get(path) ?? 0,
    lastHeaders: (path) => headers.get(path),
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
