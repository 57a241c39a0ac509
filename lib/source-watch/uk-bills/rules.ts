import type { Mapping } from "../types";

// UK Parliament Bills API stages → steps of the UK Parliament model
// (lib/legislation/process/uk-parliament.ts). A stage names itself ("2nd reading", "Committee
// stage") and its House; which House is the first is the one the bill's first reading was in.
// Motions about a bill (programme, money and ways-and-means resolutions) are not stages of it.

export type UkHouse = "Commons" | "Lords" | "All" | "Unassigned";

const CHAMBER: Partial<Record<UkHouse, string>> = { Commons: "commons", Lords: "lords" };

const MOTIONS = /^(programme motion|money resolution|ways and means resolution|notices of amendments|motion to revive|(commons|lords) examiners)/i;

export function mapUkStage(description: string, house: UkHouse, firstHouse: UkHouse): Mapping {
  const text = description.trim();
  if (MOTIONS.test(text)) return { kind: "ignored", reason: "a motion about the bill, not a stage of it" };
  const chamber = CHAMBER[house] ?? null;
  const placed = (path: string, stage: string, at: string | null = chamber): Mapping => ({
    kind: "placed",
    placement: { path, stage, chamber: at, attemptFailed: false, body: null, vote: null },
  });
  if (/^royal assent/i.test(text)) return placed("final", "royal_assent", null);
  if (/^consideration of (commons|lords) amendments|^(commons|lords) amendments|ping[- ]pong/i.test(text)) return placed("final", "consideration_of_amendments");
  if (/^carry-?over motion/i.test(text)) return placed("procedure", "carried_over");
  if (!chamber) return { kind: "unplaced" };
  const path = house === firstHouse ? "first_house" : "second_house";
  if (/^1st reading/i.test(text)) return placed(path, "first_reading");
  if (/^2nd reading$/i.test(text)) return placed(path, "second_reading");
  if (/committee stage|committee of the whole house|grand committee|public bill committee/i.test(text)) return placed(path, "committee");
  if (/^report stage/i.test(text)) return placed(path, "report");
  if (/^3rd reading/i.test(text)) return placed(path, "third_reading");
  return { kind: "unplaced" };
}
