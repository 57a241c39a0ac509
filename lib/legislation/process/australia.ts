import { afterEnactment } from "./after-enactment";
import { housePath } from "./house-stages";
import type { LegislatureModel } from "./types";

// The Parliament of Australia: the House of Representatives and the Senate (a bill may start in
// either), then assent by the Governor-General. Bills before Parliament lapse when it is
// prorogued or the House is dissolved for an election, on dates not fixed in advance.

const committee = { label: "Detailed consideration", title: "Consideration in detail (or committee of the whole)" };

export const australia: LegislatureModel = {
  code: "au",
  name: "Parliament of Australia",
  chambers: [
    { code: "representatives", name: "House of Representatives" },
    { code: "senate", name: "Senate" },
    { code: "governor_general", name: "Governor-General" },
  ],
  timeZone: "Australia/Sydney",
  defaultSession: "48th Parliament",
  houses: { first: "first_house", second: "second_house", chambers: ["representatives", "senate"] },
  paths: [
    housePath("first_house", "First House", { committee, report: false }),
    housePath("second_house", "Second House", { committee, report: false, start: "First reading in the {chamber}", requires: ["first_house"] }),
    {
      code: "final",
      label: "Final stages",
      kind: "final",
      requires: ["first_house", "second_house"],
      start: "Assent by the Governor-General",
      steps: [
        {
          code: "consideration_of_amendments",
          label: "Consideration of amendments",
          title: "Amendments considered by the other House",
          rank: 1,
          optional: true,
          phrase: "passed both Houses; agreeing amendments",
          next: "Assent, once both Houses agree the text",
        },
        { code: "royal_assent", label: "Assent", title: "Assent by the Governor-General", rank: 2, effect: "enacts", chamber: "governor_general" },
      ],
    },
    afterEnactment(),
    {
      code: "outcome",
      label: "Outcome",
      kind: "outcome",
      steps: [
        { code: "lapsed", label: "Lapsed", title: "Lapsed at prorogation or dissolution", rank: 1, effect: "ends" },
        { code: "negatived", label: "Negatived", title: "Negatived (defeated)", rank: 1, effect: "ends" },
        { code: "withdrawn", label: "Withdrawn", title: "Withdrawn", rank: 1, effect: "ends" },
      ],
    },
    {
      code: "procedure",
      label: "Procedure",
      kind: "procedure",
      steps: [{ code: "restored", label: "Restored", title: "Restored to the notice paper in a new Parliament", rank: 1 }],
    },
  ],
  passedAll: "passed both Houses",
  termRule:
    "Bills before Parliament lapse when it is prorogued or the House of Representatives is dissolved; a lapsed bill can be restored to the notice paper in the new Parliament.",
};
