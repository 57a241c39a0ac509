import { connect } from "node:net";

import { expect } from "@playwright/test";

// Shared by the probe specs: issue 21 is what a grey-box probe of a production build found
// from outside our suite. These helpers send its requests as it sent them.

/** Where a browser goes when sent `location` from a page on `baseURL`, and whether that is still this site. */
export function expectOnSite(baseURL: string, location: string | null, label: string): void {
  expect(location, label).not.toBeNull();
  const here = new URL(baseURL);
  const there = new URL(location ?? "", `${baseURL}/login`);
  const sameHost = there.hostname === here.hostname || there.hostname === "localhost";
  expect(sameHost && there.port === here.port && !there.pathname.startsWith("//"), `${label} → ${location}`).toBe(true);
}

/** A sign-in through Auth.js's own endpoint, in a fresh cookie jar unless `cookie` is given; returns the Location. */
export async function credentialsPost(
  baseURL: string,
  fields: Record<string, string>,
  options: { headers?: Record<string, string>; cookie?: string } = {},
): Promise<string> {
  const csrf = await fetch(`${baseURL}/api/auth/csrf`, { headers: options.cookie ? { cookie: options.cookie } : {} });
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const cookie = [options.cookie, ...csrf.headers.getSetCookie().map((line) => line.split(";")[0])].filter(Boolean).join("; ");
  const response = await fetch(`${baseURL}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: { cookie, origin: baseURL, "content-type": "application/x-www-form-urlencoded", ...options.headers },
    body: new URLSearchParams({ callbackUrl: "/admin", ...fields, csrfToken }).toString(),
  });
  return response.headers.get("location") ?? `(status ${response.status})`;
}

/**
 * Milliseconds until the server closes a raw connection that sends `opening` and then one more
 * byte every `everyMs`, or `giveUpMs` if it never does.
 */
export function closedAfter(port: number, opening: string, everyMs: number, giveUpMs: number): Promise<number> {
  return new Promise((resolve) => {
    const started = Date.now();
    const socket = connect(port, "127.0.0.1", () => socket.write(opening));
    const trickle = setInterval(() => {
      if (!socket.destroyed) socket.write("a");
    }, everyMs);
    const giveUp = setTimeout(() => socket.destroy(), giveUpMs);
    socket.on("error", () => undefined);
    socket.on("data", () => undefined);
    socket.on("close", () => {
      clearInterval(trickle);
      clearTimeout(giveUp);
      resolve(Date.now() - started);
    });
  });
}

/** Open `count` live streams as one client; returns their statuses and a way to close them. */
export async function openStreams(url: string, count: number, headers: Record<string, string> = {}): Promise<{ statuses: number[]; close(): void }> {
  const controllers: AbortController[] = [];
  const statuses: number[] = [];
  for (let index = 0; index < count; index += 1) {
    const controller = new AbortController();
    controllers.push(controller);
    const response = await fetch(`${url}/api/live`, { headers, signal: controller.signal });
    statuses.push(response.status);
    if (response.status !== 200) await response.body?.cancel();
  }
  return { statuses, close: () => controllers.forEach((controller) => controller.abort()) };
}

/** The `count` first events of a live stream, as sent: their SSE id lines and data. */
export async function readLiveEvents(url: string, count: number, opened: () => Promise<unknown>): Promise<{ id: string; data: { id: unknown; slug: string } }[]> {
  const controller = new AbortController();
  const response = await fetch(`${url}/api/live`, { signal: controller.signal });
  expect(response.status).toBe(200);
  const reader = response.body!.getReader(); // a 200 event stream has a body
  const decoder = new TextDecoder();
  let text = "";
  const events: { id: string; data: { id: unknown; slug: string } }[] = [];
  let started = false;
  const deadline = Date.now() + 20_000;
  while (events.length < count && Date.now() < deadline) {
    const { value, done } = await reader.read();
    if (done) break;
    text += decoder.decode(value, { stream: true });
    if (!started && text.includes(": connected")) {
      started = true;
      void opened();
    }
    const blocks = text.split("\n\n");
    text = blocks.pop() ?? "";
    for (const block of blocks) {
      const lines = block.split("\n");
      const id = lines.find((line) => line.startsWith("id: "))?.slice(4);
      const data = lines.find((line) => line.startsWith("data: "));
      if (id && data) events.push({ id, data: JSON.parse(data.slice(6)) as { id: unknown; slug: string } });
    }
  }
  controller.abort();
  return events;
}
