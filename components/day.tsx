import { formatIsoDay } from "@/lib/legislation/dates";

/** A legislative day ("YYYY-MM-DD") as "19 May 2025", machine-readable too. */
export function Day({ value }: { value: string }) {
  return <time dateTime={value}>{formatIsoDay(value)}</time>;
}
