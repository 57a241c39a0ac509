const format = new Intl.DateTimeFormat("en-GB", {
  day: "numeric",
  month: "short",
  year: "numeric",
  hour: "2-digit",
  minute: "2-digit",
  timeZone: "UTC",
});

/** "25 Nov 2026, 14:03 UTC": unambiguous for administrators in any time zone. */
export function formatTime(iso: string): string {
  return `${format.format(new Date(iso))} UTC`;
}
