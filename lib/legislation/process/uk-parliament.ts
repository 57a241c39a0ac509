import { afterEnactment } from "./after-enactment";
import { housePath } from "./house-stages";
import type { LegislatureModel } from "./types";

// The UK Parliament: the first House and the second (Commons or Lords, whichever the bill started
// in), ping-pong over amendments, Royal Assent. Bills fall at the end of a session unless carried
// over; sessions end when Parliament is prorogued, on a date not fixed in advance.

const committee = { label: "Committee stage", title: "Committee stage" };

export const ukParliament: LegislatureModel = {
  code: "uk",
  name: "UK Parliament",
  chambers: [
    { code: "commons", name: "House of Commons" },
    { code: "lords", name: "House of Lords" },
  ],
  timeZone: "Europe/London",
  defaultSession: "2024–26 session",
  houses: { first: "first_house", second: "second_house", chambers: ["commons", "lords"] },
  paths: [
    housePath("first_house", "First House", { committee, report: true }),
    housePath("second_house", "Second House", { committee, report: true, start: "First reading in the {chamber}", requires: ["first_house"] }),
    {
      code: "final",
      label: "Final stages",
      kind: "final",
      requires: ["first_house", "second_house"],
      start: "Royal Assent, after any ping-pong over amendments",
      steps: [
        {
          code: "consideration_of_amendments",
          label: "Consideration of amendments",
          title: "Consideration of amendments (ping-pong)",
          rank: 1,
          optional: true,
          phrase: "passed both Houses; agreeing amendments (ping-pong)",
          next: "Royal Assent, once both Houses agree the text",
        },
        { code: "royal_assent", label: "Royal Assent", title: "Royal Assent", rank: 2, effect: "enacts" },
      ],
    },
    afterEnactment(),
    {
      code: "outcome",
      label: "Outcome",
      kind: "outcome",
      steps: [
        { code: "fallen", label: "Fallen", title: "Fallen at the end of the session", rank: 1, effect: "ends" },
        { code: "withdrawn", label: "Withdrawn", title: "Withdrawn", rank: 1, effect: "ends" },
        { code: "defeated", label: "Defeated", title: "Defeated in a vote", rank: 1, effect: "ends" },
      ],
    },
    {
      code: "procedure",
      label: "Procedure",
      kind: "procedure",
      steps: [{ code: "carried_over", label: "Carried over", title: "Carried over into the next session", rank: 1 }],
    },
  ],
  passedAll: "passed both Houses",
  termRule:
    "A public bill that has not received Royal Assent when a session ends falls, unless the House it is in agreed to carry it over into the next session. Sessions end when Parliament is prorogued or dissolved, on a date not fixed in advance.",
};
