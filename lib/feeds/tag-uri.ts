// Atom ids that never change (RFC 4151 tag URIs): the site's host, the day the status event was
// first recorded, and its id. They survive bill renames, corrections and new feed addresses.

export function statusEventTagUri(site: string, recordedAt: string, eventId: string): string {
  return `tag:${new URL(site).hostname},${recordedAt.slice(0, 10)}:status-event:${eventId}`;
}

/** The same for a recorded position: a change of position is a new row, so a new entry. */
export function positionTagUri(site: string, recordedAt: string, positionId: string): string {
  return `tag:${new URL(site).hostname},${recordedAt.slice(0, 10)}:position:${positionId}`;
}

/** The same for a version of a bill's text, dated by the bill's first day: a replacement file must not move it. */
export function textVersionTagUri(site: string, billCreatedAt: string, versionId: string): string {
  return `tag:${new URL(site).hostname},${billCreatedAt.slice(0, 10)}:text-version:${versionId}`;
}
