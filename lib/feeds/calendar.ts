import "server-only";

import ical from "ical-generator";

import { site } from "@/lib/site-config";

import type { CalendarData } from "./queries";

// iCalendar (RFC 5545) through ical-generator. Key dates are all-day events with UIDs made of
// the key date's id and the site's host, so a calendar app updates an event in place when it
// changes (SEQUENCE follows the key date's version) instead of adding a copy.

export const ICAL_CONTENT_TYPE = "text/calendar; charset=utf-8";

/** Calendar apps re-fetch a subscribed calendar about this often. */
const REFRESH_SECONDS = 6 * 60 * 60;

export function renderCalendar(data: CalendarData, siteUrl: string): string {
  const host = new URL(siteUrl).hostname;
  const name = data.bill ? `${data.bill.shortTitle}: key dates – ${site.name}` : `${site.name}: key dates`;
  const calendar = ical({
    name,
    description: "Compliance deadlines, commencements and other dated milestones, each with its source.",
    prodId: { company: site.name, product: "key-dates", language: "EN" },
    url: data.bill ? `${siteUrl}/bills/${encodeURIComponent(data.bill.slug)}` : `${siteUrl}/`,
    ttl: REFRESH_SECONDS,
  });
  for (const keyDate of data.keyDates) {
    const start = new Date(`${keyDate.date}T00:00:00.000Z`);
    const description = [keyDate.description, `Source: ${keyDate.sourceUrl}`].filter(Boolean).join("\n\n");
    calendar.createEvent({
      id: `key-date-${keyDate.id}@${host}`,
      allDay: true,
      start,
      end: new Date(start.getTime() + 24 * 60 * 60 * 1000),
      summary: keyDate.bill ? `${keyDate.bill.shortTitle}: ${keyDate.title}` : keyDate.title,
      description,
      url: keyDate.bill ? `${siteUrl}/bills/${encodeURIComponent(keyDate.bill.slug)}` : keyDate.sourceUrl,
      // Stamps from the data, not the clock, so the same data gives the same bytes (and ETag).
      stamp: new Date(keyDate.updatedAt),
      lastModified: new Date(keyDate.updatedAt),
      sequence: keyDate.version - 1,
    });
  }
  for (const window of data.windows) {
    const url = `${siteUrl}/bills/${encodeURIComponent(window.bill.slug)}`;
    calendar.createEvent({
      id: `window-${window.id}@${host}`,
      allDay: true,
      start: new Date(`${window.opensOn}T00:00:00.000Z`),
      // All-day ends are exclusive: the closing day is the last day shown.
      end: new Date(Date.parse(`${window.closesOn}T00:00:00.000Z`) + 24 * 60 * 60 * 1000),
      summary: `${window.kindLabel} open: ${window.title}`,
      description: [`${window.bill.shortTitle}. Run by ${window.runBy}. Closes ${window.closesOn}.`, `How to respond: ${window.respondUrl}`].join("\n\n"),
      url,
      stamp: new Date(window.updatedAt),
      lastModified: new Date(window.updatedAt),
      sequence: window.version - 1,
    });
  }
  return calendar.toString();
}
