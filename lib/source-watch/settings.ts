import "server-only";

import { getConfig } from "@/lib/config";
import type { OutboundPolicy } from "@/lib/http/outbound";

// The source watch's settings, read once from lib/config.ts and handed to the poller, so that
// tests can pass their own (a fake server's address, a short interval) without the environment.

export interface SourceWatchSettings {
  intervalMs: number;
  congressApiKey: string | null;
  congressBaseUrl: string;
  ukBillsBaseUrl: string;
  legislationBaseUrl: string;
  /** Where bill text files are fetched from (GOVINFO_BASE_URL). */
  govinfoBaseUrl: string;
  policy: OutboundPolicy;
  /** Per request; the fetch layer's default unless a test shortens it. */
  timeoutMs?: number;
}

export function sourceWatchSettings(): SourceWatchSettings {
  const config = getConfig();
  return {
    intervalMs: config.SOURCE_WATCH_INTERVAL_S * 1000,
    congressApiKey: config.CONGRESS_API_KEY ?? null,
    congressBaseUrl: config.CONGRESS_API_BASE_URL.replace(/\/$/, ""),
    ukBillsBaseUrl: config.UK_BILLS_API_BASE_URL.replace(/\/$/, ""),
    legislationBaseUrl: config.LEGISLATION_GOV_UK_BASE_URL.replace(/\/$/, ""),
    govinfoBaseUrl: config.GOVINFO_BASE_URL.replace(/\/$/, ""),
    policy: { allowPrivateAddresses: config.SOURCE_WATCH_ALLOW_PRIVATE_ADDRESSES },
  };
}

/** Whether the poller runs in this instance at all (SOURCE_WATCH=off stops it). */
export function sourceWatchEnabled(): boolean {
  return getConfig().SOURCE_WATCH !== "off";
}
