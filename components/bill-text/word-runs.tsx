import type { WordRun } from "@/lib/bill-text/compare/section-diff";

// Changed words as <ins> and <del>: underlined and struck through as well as coloured, and with
// words a screen reader speaks, since neither element is announced by most of them.

export type Side = "both" | "from" | "to";

export function Inserted({ children }: { children: string }) {
  return (
    <ins className="bg-enacted-bg text-enacted-fg underline decoration-2 underline-offset-2">
      <span className="sr-only">[inserted: </span>
      {children}
      <span className="sr-only"> end of change]</span>
    </ins>
  );
}

export function Deleted({ children }: { children: string }) {
  return (
    <del className="bg-failed-bg text-failed-fg line-through decoration-2">
      <span className="sr-only">[deleted: </span>
      {children}
      <span className="sr-only"> end of change]</span>
    </del>
  );
}

/** The runs of one part; a side shows only what that version has (kept words and its own changes). */
export function WordRuns({ runs, side }: { runs: readonly WordRun[]; side: Side }) {
  return runs.map((run, index) => {
    if (run.op === "same") return <span key={index}>{run.text}</span>;
    if (run.op === "ins") return side === "from" ? null : <Inserted key={index}>{run.text}</Inserted>;
    return side === "to" ? null : <Deleted key={index}>{run.text}</Deleted>;
  });
}
