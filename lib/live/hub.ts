import "server-only";

import { log } from "@/lib/log";

import type { LiveChange } from "./queries";

// This instance's open live streams. The listener publishes each public change here, and every
// stream passes it on to its browser. The cap keeps one instance from being exhausted by open
// connections: beyond it a client is told to come back later (and a load balancer may send it
// to another instance).

export interface LiveStream {
  send(change: LiveChange): void;
  /** End the stream, asking the browser to reconnect after `retryMs`. */
  close(retryMs: number): void;
}

export type Refusal = "full" | "draining";

export class LiveHub {
  private readonly streams = new Set<LiveStream>();
  private draining = false;

  constructor(private readonly maxStreams: number) {}

  get size(): number {
    return this.streams.size;
  }

  get isDraining(): boolean {
    return this.draining;
  }

  /** Why a new stream cannot be opened now, or null when it can. */
  refusal(): Refusal | null {
    if (this.draining) return "draining";
    return this.streams.size >= this.maxStreams ? "full" : null;
  }

  add(stream: LiveStream): void {
    this.streams.add(stream);
    log("info", "live.stream.opened", { open: this.streams.size });
  }

  remove(stream: LiveStream): void {
    if (this.streams.delete(stream)) log("info", "live.stream.closed", { open: this.streams.size });
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
