import { ownValue } from "@/lib/lookup";

import { afterEnactment } from "./after-enactment";
import { americanChamberPath, americanFinalPath, americanOutcomes, americanProcedure } from "./american-chambers";
import type { LegislatureModel } from "./types";

// A US state legislature: a Senate and a lower house, then the Governor. The state is named on
// the bill (its region). Sessions and what happens to unfinished bills differ from state to
// state, so the model sets no term end: an editor records a bill's death or carry-over.

export const usStates = [
  "Alabama", "Alaska", "Arizona", "Arkansas", "California", "Colorado", "Connecticut", "Delaware", "Florida", "Georgia",
  "Hawaii", "Idaho", "Illinois", "Indiana", "Iowa", "Kansas", "Kentucky", "Louisiana", "Maine", "Maryland",
  "Massachusetts", "Michigan", "Minnesota", "Mississippi", "Missouri", "Montana", "Nebraska", "Nevada", "New Hampshire",
  "New Jersey", "New Mexico", "New York", "North Carolina", "North Dakota", "Ohio", "Oklahoma", "Oregon", "Pennsylvania",
  "Rhode Island", "South Carolina", "South Dakota", "Tennessee", "Texas", "Utah", "Vermont", "Virginia", "Washington",
  "West Virginia", "Wisconsin", "Wyoming",
] as const;

/** What each state calls its lower house, where it is not the House of Representatives. */
const lowerHouseNames: Readonly<Record<string, string>> = {
  California: "Assembly",
  Nevada: "Assembly",
  "New York": "Assembly",
  Wisconsin: "Assembly",
  "New Jersey": "General Assembly",
  Maryland: "House of Delegates",
  Virginia: "House of Delegates",
  "West Virginia": "House of Delegates",
};

export const usState: LegislatureModel = {
  code: "us_state",
  name: "US state legislature",
  chambers: [
    { code: "senate", name: "Senate" },
    { code: "house", name: "House" },
    { code: "governor", name: "Governor" },
  ],
  timeZone: "America/New_York",
  defaultSession: "2025–26 regular session",
  region: { label: "State", options: usStates },
  paths: [
    americanChamberPath("senate", "Senate"),
    americanChamberPath("house", "House"),
    americanFinalPath({ chamber: "governor", title: "Governor", veto: "within the time the state's constitution allows" }),
    afterEnactment(),
    americanOutcomes({ title: "Died at the end of the session" }),
    americanProcedure,
  ],
  passedAll: "passed both chambers",
  termRule:
    "Each state sets its own sessions: in some, bills carry over to the second year of a biennium; in others they die when the session adjourns. An editor records either.",
  chamberName: (code, region) => {
    if (code !== "house") return null;
    return ownValue(lowerHouseNames, region) ?? "House";
  },
};
