import "server-only";

import { clientKey } from "@/lib/http/ip";
import { log } from "@/lib/log";

import type { LiveChange } from "./queries";

// This instance's open live streams. The listener publishes each public change here, and every
// stream passes it on to its browser. The cap keeps one instance from being exhausted by open
// connections: beyond it a client is told to come back later (and a load balancer may send it
// to another instance). A cap per client (an address, or an IPv6 /64) keeps any one client
// from taking them all: one opened a hundred, and the instance would have refused everyone
// else after a thousand.

export interface LiveStream {
  send(change: LiveChange): void;
  /** End the stream, asking the browser to reconnect after `retryMs`. */
  close(retryMs: number): void;
}

export type Refusal = "full" | "draining" | "client_full";

export class LiveHub {
  private readonly streams = new Set<LiveStream>();
  private readonly clientOf = new Map<LiveStream, string>();
  private readonly perClient = new Map<string, number>();
  private draining = false;

  constructor(
    private readonly maxStreams: number,
    private readonly maxStreamsPerClient: number = Number.POSITIVE_INFINITY,
  ) {}

  get size(): number {
    return this.streams.size;
  }

  get isDraining(): boolean {
    return this.draining;
  }

  /** Why a new stream for this client cannot be opened now, or null when it can. */
  refusal(client: string | null = null): Refusal | null {
    if (this.draining) return "draining";
    if (this.streams.size >= this.maxStreams) return "full";
    if (client && (this.perClient.get(clientKey(client)) ?? 0) >= this.maxStreamsPerClient) return "client_full";
    return null;
  }

  add(stream: LiveStream, client: string | null = null): void {
    this.streams.add(stream);
    if (client) {
      const key = clientKey(client);
      this.clientOf.set(stream, key);
      this.perClient.set(key, (this.perClient.get(key) ?? 0) + 1);
    }
    log("info", "live.stream.opened", { open: this.streams.size });
  }

  remove(stream: LiveStream): void {
    if (!this.streams.delete(stream)) return;
    const key = this.clientOf.get(stream);
    if (key !== undefined) {
      this.clientOf.delete(stream);
      const left = (this.perClient.get(key) ?? 1) - 1;
      if (left > 0) this.perClient.set(key, left);
      else this.perClient.delete(key);
    }
    log("info", "live.stream.closed", { open: this.streams.size });
  }

  publish(change: LiveChange): void {
    for (const stream of this.streams) stream.send(change);
  }

  /** Refuse new streams and end the open ones; returns how many were open. */
  drain(retryMs: number): number {
    this.draining = true;
    const open = [...this.streams];
    for (const stream of open) stream.close(retryMs);
    return open.length;
  }
}
