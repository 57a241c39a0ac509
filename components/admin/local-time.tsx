"use client";

import { useSyncExternalStore } from "react";

import { formatDateTime } from "./time";

const local = new Intl.DateTimeFormat("en-GB", {
  day: "numeric",
  month: "short",
  year: "numeric",
  hour: "2-digit",
  minute: "2-digit",
  timeZoneName: "short",
});

const noChange = () => () => {};
const inBrowser = () => true;
const onServer = () => false;

/**
 * A moment in the reader's own time zone ("3 Dec 2026, 09:15 GMT-5"). The server cannot know
 * that zone, so its HTML and the first render say UTC; the browser then rewrites it. The UTC
 * time stays in the tooltip, for comparing with logs.
 */
export function LocalDateTime({ iso }: { iso: string }) {
  const hydrated = useSyncExternalStore(noChange, inBrowser, onServer);
  const utc = formatDateTime(iso);
  return (
    <time dateTime={iso} title={utc}>
      {hydrated ? local.format(new Date(iso)) : utc}
    </time>
  );
}
