// Legislative dates are days without a time zone. They travel as "YYYY-MM-DD" strings and are
// held in Date objects at UTC midnight, which is how Prisma reads and writes @db.Date.

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

/** Parse "YYYY-MM-DD" into a Date at UTC midnight; null if it is not a real calendar day. */
export function parseDay(value: string): Date | null {
  // There is no year 0 (1 BC is followed by AD 1): JavaScript accepts "0000", PostgreSQL does not.
  if (!ISO_DAY.test(value) || value.startsWith("0000")) return null;
  const date = new Date(`${value}T00:00:00.000Z`);
  return Number.isNaN(date.getTime()) || toDay(date) !== value ? null : date;
}

/** "YYYY-MM-DD" of a Date held at UTC midnight. */
export function toDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}

const longFormat = new Intl.DateTimeFormat("en-GB", {
  day: "numeric",
  month: "long",
  year: "numeric",
  timeZone: "UTC",
});

/** "19 May 2025": the form readers on both sides of the Atlantic read without ambiguity. */
export function formatDay(date: Date): string {
  return longFormat.format(date);
}

/** Today's date in UTC as "YYYY-MM-DD". */
export function today(now: Date = new Date()): string {
  return now.toISOString().slice(0, 10);
}

/** Today's date as "YYYY-MM-DD" in a time zone: each legislature's own calendar decides its "today". */
export function todayIn(timeZone: string, now: Date = new Date()): string {
  // en-CA formats as YYYY-MM-DD.
  return new Intl.DateTimeFormat("en-CA", { timeZone, year: "numeric", month: "2-digit", day: "2-digit" }).format(now);
}

/** formatDay for a "YYYY-MM-DD" string; anything else is returned as it is. */
export function formatIsoDay(value: string): string {
  const parsed = parseDay(value);
  return parsed ? formatDay(parsed) : value;
}

const monthFormat = new Intl.DateTimeFormat("en-GB", { month: "long", year: "numeric", timeZone: "UTC" });

/** "May 2025" for any day of that month, given as "YYYY-MM-DD". */
export function formatMonth(value: string): string {
  const parsed = parseDay(`${value.slice(0, 7)}-01`);
  return parsed ? monthFormat.format(parsed) : value;
}
