// Windows to take part: their kinds in words, and whether one is open on a day. Pure and free
// of Prisma, for forms, pages and unit tests alike. Days are "YYYY-MM-DD" strings, which
// compare as dates.

export const participationKinds = ["consultation", "call_for_evidence", "comment_period"] as const;

export type ParticipationKind = (typeof participationKinds)[number];

export const participationKindLabels: Record<ParticipationKind, string> = {
  consultation: "Consultation",
  call_for_evidence: "Call for evidence",
  comment_period: "Comment period",
};

/** How close a closing day must be for the board to say "closing soon", and for the reminder. */
export const CLOSING_SOON_DAYS = 7;

export type WindowState = "upcoming" | "open" | "closing_soon" | "closed";

export const windowStateLabels: Record<WindowState, string> = {
  upcoming: "Not open yet",
  open: "Open now",
  closing_soon: "Closing soon",
  closed: "Closed",
};

/** The day `days` after `day`. */
export function addDays(day: string, days: number): string {
  const date = new Date(`${day}T00:00:00.000Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

/** Where a window stands on `today`: it is open on its opening and its closing day. */
export function windowState(window: { opensOn: string; closesOn: string }, today: string): WindowState {
  if (today < window.opensOn) return "upcoming";
  if (today > window.closesOn) return "closed";
  return window.closesOn <= addDays(today, CLOSING_SOON_DAYS) ? "closing_soon" : "open";
}

/** Whole days from `today` to the closing day (0 on the day itself). */
export function daysLeft(window: { closesOn: string }, today: string): number {
  return Math.round((Date.parse(`${window.closesOn}T00:00:00Z`) - Date.parse(`${today}T00:00:00Z`)) / 86_400_000);
}

export interface WindowData {
  id: string;
  kind: ParticipationKind;
  title: string;
  runBy: string;
  respondUrl: string;
  description: string | null;
  opensOn: string;
  closesOn: string;
}
