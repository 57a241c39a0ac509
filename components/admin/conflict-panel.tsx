"use client";

import { useEffect, useRef } from "react";

import type { ConflictRow } from "@/lib/legislation/revision-diff";

import { formatDateTime } from "./time";

function Value({ text }: { text: string }) {
  return text.trim() ? <div className="whitespace-pre-wrap break-words">{text}</div> : <em className="text-muted">(empty)</em>;
}

/**
 * Their saved change and your unsaved one, field by field, side by side. It takes focus when it
 * appears: the editor pressed Save at the bottom of a long form, and must not miss it.
 */
export function ConflictPanel({ rows, changedBy, changedAt }: { rows: readonly ConflictRow[]; changedBy: string | null; changedAt: string | null }) {
  const panel = useRef<HTMLElement>(null);
  useEffect(() => {
    panel.current?.focus();
  }, [rows]);
  return (
    <section ref={panel} tabIndex={-1} aria-labelledby="conflict-heading" className="mt-6 max-w-5xl border-l-8 border-error bg-panel p-4">
      <h2 id="conflict-heading" className="text-2xl font-bold">
        This bill changed while you were editing it
      </h2>
      <p className="mt-2">
        {changedBy ?? "Someone"} saved a newer version{changedAt ? ` at ${formatDateTime(changedAt)}` : ""}. Nothing of yours
        has been saved yet, and nothing you typed is lost: the form below now holds their version with your changes put back on
        top. Check the fields marked “both changed”, then save.
      </p>
      <div className="mt-4 grid gap-4">
        {rows.map((row) => (
          <div key={row.field} className="border-t border-rule pt-3">
            <h3 className="font-bold">
              {row.label}
              {row.clash ? <strong className="ml-2 bg-highlight px-1 text-sm">Both changed</strong> : null}
            </h3>
            <div className="mt-2 grid gap-4 md:grid-cols-2">
              <div>
                <p className="text-sm font-bold text-muted">Their version (saved)</p>
                <Value text={row.theirs} />
              </div>
              <div>
                <p className="text-sm font-bold text-muted">Your version (not saved)</p>
                <Value text={row.yours} />
              </div>
            </div>
          </div>
        ))}
      </div>
    </section>
  );
}
