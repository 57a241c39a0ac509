import { outcomeOfPhase, phaseLabel, type OutcomeGroup, type PhaseCode } from "@/lib/legislation/process";

const styles: Record<OutcomeGroup, string> = {
  enacted: "bg-enacted-bg text-enacted-fg",
  pending: "bg-pending-bg text-pending-fg",
  failed: "bg-failed-bg text-failed-fg",
};

/** The bill's phase in words ("In force", "Ended without becoming law"), so colour is never the only cue. */
export function PhaseTag({ phase }: { phase: PhaseCode }) {
  const tone = phase === "no_longer_in_force" ? "failed" : outcomeOfPhase(phase);
  return (
    <strong className={`inline-block px-2 py-0.5 text-sm font-bold ${styles[tone]}`}>
      <span className="sr-only">Phase: </span>
      {phaseLabel(phase)}
    </strong>
  );
}
