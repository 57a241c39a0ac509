import type { ReactNode } from "react";

/** A wide table that scrolls sideways on a narrow screen without making the page scroll. */
export function TableRegion({ label, children }: { label: string; children: ReactNode }) {
  return (
    // Focusable, so that keyboard users can scroll it too.
    <div role="region" aria-label={label} tabIndex={0} className="mt-6 max-w-full overflow-x-auto">
      {children}
    </div>
  );
}

export const thClass = "border-b-2 border-ink px-2 py-2 text-left align-bottom font-bold";
export const tdClass = "border-b border-rule px-2 py-3 align-top";
