import { positionStanceLabels, type PositionStance } from "@/lib/legislation/positions";

const styles: Record<PositionStance, string> = {
  support: "bg-enacted-bg text-enacted-fg",
  support_if_amended: "bg-notice-bg text-notice-fg",
  oppose: "bg-failed-bg text-failed-fg",
  neutral: "bg-panel text-ink",
  monitoring: "bg-pending-bg text-pending-fg",
};

/** An organisation's stance in words, so colour is never the only cue. */
export function StanceTag({ stance }: { stance: PositionStance }) {
  return <strong className={`inline-block px-2 py-0.5 text-sm font-bold ${styles[stance]}`}>{positionStanceLabels[stance]}</strong>;
}
