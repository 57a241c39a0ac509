import { createServer, type IncomingMessage } from "node:http";
import type { AddressInfo } from "node:net";

import { Webhook } from "standardwebhooks";

// A local HTTP receiver that checks each delivery's signature with the standardwebhooks library,
// as a subscriber's server would, and answers with whatever status the test scripts.

export interface ReceivedDelivery {
  id: string;
  body: string;
  verified: boolean;
  status: number;
}

export interface WebhookReceiver {
  url: string;
  deliveries: ReceivedDelivery[];
  /** Deliveries the receiver accepted (answered 2xx) and whose signature was valid. */
  accepted(): ReceivedDelivery[];
  close(): Promise<void>;
}

function readBody(request: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    request.on("data", (chunk: Buffer) => chunks.push(chunk));
    request.on("end", () => resolve(Buffer.concat(chunks).toString("utf8")));
    request.on("error", reject);
  });
}

export async function startWebhookReceiver(options: {
  secret: string;
  /** Status to answer the nth request (0-based); 204 by default. */
  respond?: (index: number) => number;
  /** Runs before answering, e.g. to hold the request open. */
  beforeAnswer?: (index: number) => Promise<void>;
}): Promise<WebhookReceiver> {
  const verifier = new Webhook(options.secret);
  const deliveries: ReceivedDelivery[] = [];
  const server = createServer((request, response) => {
    void (async () => {
      const index = deliveries.length;
      const body = await readBody(request);
      const headers = Object.fromEntries(Object.entries(request.headers).map(([key, value]) => [key, String(value)]));
      let verified = false;
      try {
        verifier.verify(body, headers);
        verified = true;
      } catch {
        verified = false;
      }
      const status = verified ? (options.respond?.(index) ?? 204) : 401;
      const delivery = { id: headers["webhook-id"] ?? "", body, verified, status };
      deliveries.push(delivery);
      await options.beforeAnswer?.(index);
      response.writeHead(status).end();
    })();
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/hooks/policy`,
    deliveries,
    accepted: () => deliveries.filter((delivery) => delivery.verified && delivery.status >= 200 && delivery.status < 300),
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
