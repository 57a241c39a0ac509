// The public addresses of a version and of its redline, for feeds, alerts and webhooks: one
// place, so a reader's link and a receiver's URL cannot drift from the pages' routes.

/** The version's reading page. */
export function textVersionPath(slug: string, code: string): string {
  return `/bills/${encodeURIComponent(slug)}/text/${encodeURIComponent(code)}`;
}

/** The redline of two versions of one bill. */
export function textComparePath(slug: string, from: string, to: string): string {
  return `/bills/${encodeURIComponent(slug)}/text/compare?${new URLSearchParams({ from, to })}`;
}
