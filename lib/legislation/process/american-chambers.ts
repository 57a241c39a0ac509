import type { PathDefinition, StepDefinition } from "./types";

// A chamber's path in an American legislature (Congress and the states work alike): a bill is
// introduced there, or received from the other chamber; referred to committee; reported (or the
// committee discharged); perhaps placed on a calendar; passed. Companion bills walk the same
// path in their own chamber.

const chamberSteps: readonly StepDefinition[] = [
  {
    code: "introduced",
    label: "Introduced",
    slotLabel: "Introduced or received",
    title: "Introduced in the {chamber}",
    rank: 1,
    phrase: "introduced in the {chamber}",
    next: "Referral to a {chamber} committee",
  },
  {
    code: "received",
    label: "Received",
    title: "Received in the {chamber}",
    rank: 1,
    phrase: "received in the {chamber}",
    next: "Referral to a {chamber} committee, or a {chamber} vote",
  },
  {
    code: "referred",
    label: "Referred to committee",
    title: "Referred to a {chamber} committee",
    rank: 2,
    optional: true,
    phrase: "in committee in the {chamber}",
    phraseWithBody: "in the {body}",
    next: "{chamber} committee consideration",
  },
  {
    code: "reported",
    label: "Reported by committee",
    title: "Reported by a {chamber} committee",
    rank: 3,
    optional: true,
    phrase: "reported by committee in the {chamber}",
    phraseWithBody: "reported by the {body}",
    next: "A vote in the {chamber}",
  },
  {
    code: "discharged",
    label: "Committee discharged",
    title: "{chamber} committee discharged",
    rank: 3,
    optional: true,
    phrase: "out of committee in the {chamber}",
    next: "A vote in the {chamber}",
  },
  {
    code: "calendared",
    label: "On the calendar",
    title: "Placed on the {chamber} calendar",
    rank: 4,
    optional: true,
    phrase: "reported by committee and on the {chamber} calendar",
    next: "A vote in the {chamber}",
  },
  {
    code: "passed",
    label: "Passed",
    title: "Passed the {chamber}",
    rank: 5,
    phrase: "passed the {chamber}",
    attempt: "Attempt to pass it in the {chamber} failed",
  },
];

/** The path of one chamber; `start` is the usual next step once the other chamber has passed it. */
export function americanChamberPath(code: string, label: string): PathDefinition {
  return {
    code,
    label,
    kind: "chamber",
    chamber: code,
    start: "Consideration in the {chamber}",
    steps: chamberSteps,
  };
}

/** The steps after both chambers: differences resolved, then the executive signs, vetoes or lets it become law. */
export function americanFinalPath(executive: { chamber: string; title: string; veto: string }): PathDefinition {
  const by = executive.title;
  return {
    code: "final",
    label: "Becoming law",
    kind: "final",
    start: `Presentation to the ${by}`,
    requires: ["senate", "house"],
    steps: [
      {
        code: "resolving_differences",
        label: "Resolving differences",
        title: "Resolving differences between the chambers",
        rank: 1,
        optional: true,
        phrase: "passed both chambers; the chambers are resolving their differences",
        next: "Agreement on one text, then presentation to the " + by,
      },
      {
        code: "presented",
        label: `Sent to the ${by}`,
        title: `Presented to the ${by}`,
        rank: 2,
        chamber: executive.chamber,
        phrase: `passed both chambers; with the ${by}`,
        next: `The ${by} signs or vetoes it (${executive.veto})`,
      },
      { code: "signed", label: "Signed into law", title: `Signed by the ${by}`, rank: 3, effect: "enacts", chamber: executive.chamber },
      { code: "became_law", label: "Became law", title: "Became law", rank: 3, effect: "enacts" },
      {
        code: "became_law_without_signature",
        label: "Became law without signature",
        title: `Became law without the ${by}'s signature`,
        rank: 3,
        effect: "enacts",
      },
      {
        code: "vetoed",
        label: "Vetoed",
        title: `Vetoed by the ${by}`,
        rank: 3,
        effect: "ends",
        chamber: executive.chamber,
        phrase: `vetoed by the ${by}`,
        next: "A vote to override the veto (two-thirds of each chamber)",
      },
      { code: "veto_overridden", label: "Veto overridden", title: "Veto overridden: became law", rank: 3, effect: "enacts" },
    ],
  };
}

/** Ways an American bill's journey ends without becoming law. */
export function americanOutcomes(died: { title: string }): PathDefinition {
  return {
    code: "outcome",
    label: "Outcome",
    kind: "outcome",
    steps: [
      { code: "died", label: died.title, title: died.title, rank: 1, effect: "ends" },
      { code: "failed", label: "Failed", title: "Failed: defeated in a vote", rank: 1, effect: "ends" },
    ],
  };
}

/** Steps that move nothing: the bill is the same, its record gains a fact. */
export const americanProcedure: PathDefinition = {
  code: "procedure",
  label: "Procedure",
  kind: "procedure",
  steps: [
    {
      code: "reintroduced",
      label: "Reintroduced",
      title: "Reintroduced in a later session as a new bill",
      rank: 1,
    },
  ],
};
