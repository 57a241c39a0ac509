import type { OutcomeGroup } from "@/lib/legislation/stages";

const styles: Record<OutcomeGroup, string> = {
  enacted: "bg-enacted-bg text-enacted-fg",
  pending: "bg-pending-bg text-pending-fg",
  failed: "bg-failed-bg text-failed-fg",
};

const outcomeWords: Record<OutcomeGroup, string> = {
  enacted: "Law",
  pending: "In progress",
  failed: "Did not pass",
};

/** The stage in words, with its outcome group spelled out too, so colour is never the only cue. */
export function StageTag({ label, outcome }: { label: string; outcome: OutcomeGroup }) {
  return (
    <strong className={`inline-block px-2 py-0.5 text-sm font-bold ${styles[outcome]}`}>
      <span className="sr-only">Status: </span>
      {label}
      <span className="font-normal"> · {outcomeWords[outcome]}</span>
    </strong>
  );
}
