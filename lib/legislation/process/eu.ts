import { afterEnactment } from "./after-enactment";
import type { LegislatureModel } from "./types";

// The European Union's ordinary legislative procedure: the Commission proposes; Parliament and
// the Council each take a position (in practice a mandate and a general approach); they
// negotiate in trilogues; both adopt the agreed text; it is signed and published in the Official
// Journal, enters into force and applies from a later date. Files survive Parliament's elections.

export const europeanUnion: LegislatureModel = {
  code: "eu",
  name: "European Union",
  chambers: [
    { code: "commission", name: "European Commission" },
    { code: "parliament", name: "European Parliament" },
    { code: "council", name: "Council of the EU" },
  ],
  timeZone: "Europe/Brussels",
  defaultSession: "Ordinary legislative procedure",
  paths: [
    {
      code: "commission",
      label: "Commission",
      kind: "chamber",
      chamber: "commission",
      steps: [
        {
          code: "proposal",
          label: "Proposal",
          title: "Proposed by the Commission",
          rank: 1,
          phrase: "proposed by the Commission",
        },
      ],
    },
    {
      code: "parliament",
      label: "Parliament",
      kind: "chamber",
      chamber: "parliament",
      start: "A committee report in Parliament",
      requires: ["commission"],
      summarises: true,
      steps: [
        {
          code: "committee_report",
          label: "Committee report",
          title: "Committee report adopted in Parliament",
          rank: 1,
          phrase: "Parliament's committee has adopted its report",
          next: "Parliament's mandate to negotiate, or its first-reading position",
        },
        {
          code: "mandate",
          label: "Mandate to negotiate",
          title: "Parliament's mandate to negotiate",
          rank: 2,
          phrase: "Parliament has its negotiating mandate",
        },
        {
          code: "first_reading_position",
          label: "First-reading position",
          title: "Parliament's first-reading position",
          rank: 2,
          phrase: "Parliament has adopted its first-reading position",
        },
      ],
    },
    {
      code: "council",
      label: "Council",
      kind: "chamber",
      chamber: "council",
      start: "A general approach in the Council",
      requires: ["commission"],
      summarises: true,
      steps: [
        {
          code: "general_approach",
          label: "General approach",
          title: "Council's general approach",
          rank: 1,
          phrase: "the Council has agreed its general approach",
        },
        {
          code: "first_reading_position",
          label: "First-reading position",
          title: "Council's first-reading position",
          rank: 2,
          optional: true,
          phrase: "the Council has adopted its first-reading position",
        },
      ],
    },
    {
      code: "trilogue",
      label: "Trilogue",
      kind: "chamber",
      start: "Trilogue negotiations between Parliament and the Council",
      requires: ["commission", "parliament", "council"],
      optional: true,
      summarises: true,
      steps: [
        {
          code: "started",
          label: "Negotiations",
          title: "Trilogue negotiations begin",
          rank: 1,
          phrase: "in trilogue: Parliament and the Council are negotiating",
          next: "A provisional agreement between Parliament and the Council",
        },
        {
          code: "agreement",
          label: "Provisional agreement",
          title: "Provisional agreement in trilogue",
          rank: 2,
          phrase: "provisionally agreed in trilogue",
          attempt: "A trilogue ended without agreement",
        },
      ],
    },
    {
      code: "adoption",
      label: "Adoption",
      kind: "final",
      start: "Adoption by Parliament and the Council",
      requires: ["commission", "parliament", "council", "trilogue"],
      steps: [
        {
          code: "parliament_adopted",
          label: "Adopted by Parliament",
          title: "Adopted by Parliament",
          rank: 1,
          chamber: "parliament",
          phrase: "adopted by Parliament",
          next: "Adoption by the Council",
          attempt: "Parliament rejected it",
        },
        {
          code: "council_adopted",
          label: "Adopted by the Council",
          title: "Adopted by the Council",
          rank: 2,
          chamber: "council",
          phrase: "adopted by Parliament and the Council",
          next: "Signature and publication in the Official Journal",
        },
        {
          code: "signed",
          label: "Signed",
          title: "Signed: adopted as law",
          rank: 3,
          effect: "enacts",
          next: "Publication in the Official Journal",
        },
        {
          code: "published",
          label: "Published",
          title: "Published in the Official Journal",
          rank: 4,
        },
      ],
    },
    afterEnactment(
      { in_force: "Entered into force", in_force_in_part: "Entered into force in part" },
      [{ code: "applies", label: "Applies", title: "Applies (date of application)", rank: 1, effect: "commences" }],
    ),
    {
      code: "outcome",
      label: "Outcome",
      kind: "outcome",
      steps: [
        { code: "withdrawn", label: "Withdrawn", title: "Withdrawn by the Commission", rank: 1, effect: "ends" },
        { code: "rejected", label: "Rejected", title: "Rejected", rank: 1, effect: "ends" },
      ],
    },
  ],
  termRule:
    "A file survives the European Parliament's elections: the new Parliament can resume it where the old one left it. Only the Commission can withdraw a proposal.",
};
