import "server-only";

import { Feed } from "feed";

import { textComparePath, textVersionPath } from "@/lib/bill-text/paths";
import { formatDay, parseDay } from "@/lib/legislation/dates";
import { site } from "@/lib/site-config";

import { html } from "./html";
import type { FeedData, FeedEntry, FeedEventVersion, FeedPosition, FeedTextVersion } from "./queries";
import { positionTagUri, statusEventTagUri, textVersionTagUri } from "./tag-uri";

// Atom 1.0 (RFC 4287) through the `feed` library, which handles XML escaping and the element
// layout. Output depends only on the data (no "now"), so the same data gives the same bytes
// and the same ETag.

export const ATOM_CONTENT_TYPE = "application/atom+xml; charset=utf-8";

function day(value: string): string {
  const parsed = parseDay(value);
  return parsed ? formatDay(parsed) : value;
}

function isWebUrl(value: string): boolean {
  return URL.canParse(value) && /^https?:$/.test(new URL(value).protocol);
}

function versionHtml(event: FeedEventVersion): string {
  const where = event.chamberName ? ` · ${event.chamberName}` : "";
  const parts = [
    html`<p><strong>${event.stageLabel}</strong> · ${day(event.occurredOn)}${where}</p>`,
    html`<p>${event.description}</p>`,
  ];
  if (event.vote) parts.push(html`<p>Vote: ${event.vote}</p>`);
  const kind = event.sourceKind === "official" ? "official record" : "secondary source";
  parts.push(
    isWebUrl(event.sourceUrl)
      ? html`<p><a href="${event.sourceUrl}">Source</a> (${kind})</p>`
      : html`<p>Source: ${event.sourceUrl} (${kind})</p>`,
  );
  if (event.note) parts.push(html`<p>Editor's note: ${event.note}</p>`);
  return parts.join("");
}

/**
 * Text for the feed's own title and subtitle. The feed library's XML writer (xml-js) turns
 * "&amp;" in text into "&" before escaping it, so a title holding those five characters would
 * lose four; doubling them first brings the title back exactly as written.
 */
function xmlText(value: string): string {
  return value.replaceAll("&amp;", "&amp;amp;");
}

function entryTitle(entry: FeedEntry): string {
  const base = `${entry.bill.shortTitle}: ${entry.current.stageLabel} (${day(entry.current.occurredOn)})`;
  if (entry.retraction) return `Retracted: ${base}`;
  return entry.earlier.length > 0 ? `Corrected: ${base}` : base;
}

function entryContent(entry: FeedEntry): string {
  const parts: string[] = [];
  if (entry.retraction) {
    parts.push(
      html`<p><strong>Retracted on ${day(entry.retraction.at.slice(0, 10))}.</strong> ${entry.retraction.reason ?? "This event should not have been recorded."}</p>`,
    );
  }
  parts.push(versionHtml(entry.current));
  if (entry.earlier.length > 0) {
    parts.push(html`<p>Corrected on ${day(entry.current.recordedAt.slice(0, 10))}. Earlier version${entry.earlier.length > 1 ? "s" : ""}:</p>`);
    for (const earlier of entry.earlier) parts.push(`<blockquote>${versionHtml(earlier)}</blockquote>`);
  }
  return parts.join("");
}

function positionTitle(position: FeedPosition): string {
  return `${position.bill.shortTitle}: ${position.organisation.name} – ${position.stanceLabel} (${day(position.statedOn)})`;
}

function positionContent(position: FeedPosition): string {
  const who = position.organisation.url && isWebUrl(position.organisation.url)
    ? html`<a href="${position.organisation.url}">${position.organisation.name}</a>`
    : html`${position.organisation.name}`;
  const own = position.organisation.isOwn ? " (runs this site)" : "";
  const parts = [
    `<p><strong>${html`${position.stanceLabel}`}</strong> · ${who}${html`${own} · stated ${day(position.statedOn)}`}</p>`,
    html`<p>${position.statement}</p>`,
  ];
  if (position.sourceUrl) {
    parts.push(isWebUrl(position.sourceUrl) ? html`<p><a href="${position.sourceUrl}">Source</a></p>` : html`<p>Source: ${position.sourceUrl}</p>`);
  }
  return parts.join("");
}

function textVersionTitle(version: FeedTextVersion): string {
  return `New text: ${version.name} — ${version.bill.shortTitle}`;
}

function textVersionSummary(version: FeedTextVersion): string {
  return version.comparedWith && version.changeSummary
    ? `Compared with ${version.comparedWith.name}: ${version.changeSummary}.`
    : "The first version of this bill's text on the tracker.";
}

function textVersionContent(version: FeedTextVersion, siteUrl: string): string {
  const dated = version.versionDate ? html` · ${day(version.versionDate)}` : "";
  const parts = [`<p><strong>${html`${version.name}`}</strong>${dated}</p>`, html`<p>${textVersionSummary(version)}</p>`];
  if (version.comparedWith) {
    parts.push(html`<p><a href="${siteUrl}${textComparePath(version.bill.slug, version.comparedWith.code, version.code)}">See what changed</a></p>`);
  }
  parts.push(html`<p><a href="${siteUrl}${textVersionPath(version.bill.slug, version.code)}">Read the text</a></p>`);
  return parts.join("");
}

type Item = Parameters<Feed["addItem"]>[0];

/** The Atom document for a feed. `site` is the public origin, `selfPath` the feed's own path. */
export function renderAtom(data: FeedData, siteUrl: string, selfPath: string): string {
  const alternate = data.bill ? `${siteUrl}/bills/${encodeURIComponent(data.bill.slug)}` : `${siteUrl}/`;
  const feed = new Feed({
    id: `${siteUrl}${selfPath}`,
    title: xmlText(data.bill ? `${data.bill.shortTitle}: status changes – ${site.name}` : `${site.name}: every status change`),
    description: xmlText(
      data.bill
        ? `Each recorded stage of the ${data.bill.shortTitle}, with its date and source, each organisation's position on it, and each new version of its text. Corrections update the entry they correct.`
        : `${site.tagline} Corrections update the entry they correct; organisations' positions on bills and new versions of their text are entries too.`,
    ),
    link: alternate,
    feed: `${siteUrl}${selfPath}`,
    updated: new Date(data.updated),
    author: { name: site.name, link: `${siteUrl}/` },
    language: "en-GB",
    generator: false,
  });
  const items: Item[] = [];
  for (const entry of data.entries) {
    items.push({
      id: statusEventTagUri(siteUrl, entry.published, entry.rootId),
      title: html`${entryTitle(entry)}`,
      link: `${siteUrl}/bills/${encodeURIComponent(entry.bill.slug)}`,
      date: new Date(entry.updated),
      published: new Date(entry.published),
      description: html`${entry.current.description}`,
      content: entryContent(entry),
      author: [{ name: site.name, link: `${siteUrl}/` }],
    });
  }
  for (const position of data.positions) {
    items.push({
      id: positionTagUri(siteUrl, position.published, position.id),
      title: html`${positionTitle(position)}`,
      link: `${siteUrl}/bills/${encodeURIComponent(position.bill.slug)}#positions-heading`,
      date: new Date(position.updated),
      published: new Date(position.published),
      description: html`${position.statement}`,
      content: positionContent(position),
      author: [{ name: site.name, link: `${siteUrl}/` }],
    });
  }
  for (const version of data.textVersions) {
    items.push({
      id: textVersionTagUri(siteUrl, version.tagDate, version.id),
      title: html`${textVersionTitle(version)}`,
      link: `${siteUrl}${textVersionPath(version.bill.slug, version.code)}`,
      date: new Date(version.updated),
      description: html`${textVersionSummary(version)}`,
      content: textVersionContent(version, siteUrl),
      author: [{ name: site.name, link: `${siteUrl}/` }],
    });
  }
  // Newest change first, whatever its kind. The sort is stable and each list comes in a fixed
  // order, so the same data still gives the same bytes (and the same ETag).
  items.sort((a, b) => b.date.getTime() - a.date.getTime());
  for (const item of items) feed.addItem(item);
  return feed.atom1();
}
