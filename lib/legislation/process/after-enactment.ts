import { ownValue } from "@/lib/lookup";

import type { PathDefinition, StepDefinition } from "./types";

// The life of a law after it is made, the same for every legislature: when it comes into force,
// who makes rules under it, who enforces it, who challenges it, and how it changes or ends.
// These are not a sequence (a law is amended, enforced and challenged in any order), so every
// step has the same rank and the tracker lists what happened, in date order.

export const AFTER_ENACTMENT = "after";

const steps: readonly StepDefinition[] = [
  { code: "in_force", label: "In force", title: "In force", rank: 1, effect: "commences" },
  {
    code: "in_force_in_part",
    label: "In force in part",
    title: "In force in part",
    rank: 1,
    effect: "commences_in_part",
    next: "Commencement of the remaining provisions",
  },
  { code: "rules", label: "Rules or guidance issued", title: "Rules or guidance issued", rank: 1 },
  { code: "compliance_deadline", label: "Compliance deadline", title: "Compliance deadline", rank: 1 },
  { code: "enforcement_begins", label: "Enforcement begins", title: "Enforcement begins", rank: 1, effect: "enforces" },
  { code: "enforcement_action", label: "Enforcement action", title: "Enforcement action", rank: 1, effect: "enforces" },
  { code: "challenge_filed", label: "Court challenge filed", title: "Court challenge filed", rank: 1, effect: "enforces" },
  { code: "challenge_decided", label: "Court challenge decided", title: "Court challenge decided", rank: 1 },
  { code: "amended", label: "Amended", title: "Amended", rank: 1 },
  { code: "change_proposed", label: "Change proposed", title: "Change proposed (amendment, extension or repeal)", rank: 1 },
  { code: "change_considered", label: "Proposed change considered", title: "Proposed change considered", rank: 1 },
  { code: "extended", label: "Extended", title: "Extended", rank: 1, attempt: "Attempt to extend it failed" },
  { code: "repealed", label: "Repealed", title: "Repealed", rank: 1, effect: "ends_law" },
  { code: "expired", label: "Expired", title: "Expired", rank: 1, effect: "ends_law" },
];

/** The after-enactment path, with a legislature's own words for some steps (EU: "Entered into force"). */
export function afterEnactment(labels: Partial<Record<string, string>> = {}, extra: readonly StepDefinition[] = []): PathDefinition {
  return {
    code: AFTER_ENACTMENT,
    label: "After enactment",
    kind: "after",
    start: "Entry into force (commencement)",
    steps: [
      ...steps.map((step) => {
        const label = ownValue(labels, step.code);
        return label ? { ...step, label, title: label } : step;
      }),
      ...extra,
    ],
  };
}
