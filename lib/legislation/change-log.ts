import type { AdminEvent, RevisionRow } from "./admin-queries";

// A bill's own change log for its revisions page: each saved version of its fields and each
// change to its status history (an entry recorded, a correction, a retraction), newest first.
// Versions are restorable; history changes are not (they are undone by a correction or
// retraction of their own), so each says where to act on it instead.

export type ChangeLogEntry =
  | { kind: "version"; at: string; by: string | null; version: number }
  | { kind: "recorded" | "corrected" | "retracted"; at: string; by: string | null; event: AdminEvent };

export function changeLog(revisions: readonly RevisionRow[], events: readonly AdminEvent[]): ChangeLogEntry[] {
  const entries: ChangeLogEntry[] = [
    ...revisions.map((revision): ChangeLogEntry => ({ kind: "version", at: revision.createdAt, by: revision.createdBy, version: revision.version })),
    ...events.map((event): ChangeLogEntry => ({ kind: event.correctsId ? "corrected" : "recorded", at: event.recordedAt, by: event.recordedBy, event })),
    ...events.flatMap((event): ChangeLogEntry[] =>
      event.retractedAt ? [{ kind: "retracted", at: event.retractedAt, by: event.retractedBy, event }] : [],
    ),
  ];
  // Newest first; at the same instant a history change follows the version it came with.
  const rank = (entry: ChangeLogEntry) => (entry.kind === "version" ? 1 : 0);
  return entries.sort((a, b) => b.at.localeCompare(a.at) || rank(a) - rank(b));
}
