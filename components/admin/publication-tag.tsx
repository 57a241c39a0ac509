import type { BillState } from "@/lib/legislation/admin-queries";

import { formatDateTime } from "./time";

const styles: Record<BillState | "live", string> = {
  draft: "bg-panel text-ink border border-rule",
  scheduled: "bg-pending-bg text-pending-fg",
  published: "bg-enacted-bg text-enacted-fg",
  live: "bg-enacted-bg text-enacted-fg",
};

/** Where a bill stands with the public, in words. */
export function PublicationTag({ state, publishAt, live }: { state: BillState; publishAt: string | null; live: boolean }) {
  const label =
    state === "draft"
      ? "Draft"
      : state === "published"
        ? "Published"
        : live
          ? "Published (scheduled)"
          : `Scheduled for ${publishAt ? formatDateTime(publishAt) : "a later time"}`;
  return (
    <strong className={`inline-block px-2 py-0.5 text-sm font-bold ${styles[live && state === "scheduled" ? "live" : state]}`}>
      {label}
    </strong>
  );
}
