import { describe, expect, it } from "vitest";

import { findStep, modelOf } from "@/lib/legislation/process";

import { fixtureJson } from "../testing/fixtures";

import { parseUkStages } from "./parse";
import { mapUkStage } from "./rules";

function steps() {
  const parsed = parseUkStages(fixtureJson("uk-bills/3938-stages.json"), 3938);
  if (!parsed.ok) throw new Error(parsed.message);
  return parsed.items;
}

describe("UK Parliament stage rules", () => {
  it("place the Crime and Policing Bill's stages on the first and second House, ping-pong and Royal Assent", () => {
    expect(steps().map((item) => `${item.occurredOn} ${item.mapping.kind === "placed" ? `${item.mapping.placement.path}:${item.mapping.placement.stage}` : item.mapping.kind}`)).toEqual([
      "2025-02-25 first_house:first_reading",
      "2025-03-10 first_house:second_reading",
      "2025-03-10 ignored",
      "2025-03-27 first_house:committee",
      "2025-06-17 first_house:report",
      "2025-06-18 first_house:third_reading",
      "2025-10-16 second_house:second_reading",
      "2025-11-27 second_house:committee",
      "2026-04-16 final:consideration_of_amendments",
      "2026-04-29 final:royal_assent",
    ]);
  });

  it("say which House and how many sittings, and link each stage's own page", () => {
    const committee = steps().find((item) => item.description.startsWith("Committee stage, House of Commons"));
    expect(committee).toMatchObject({
      description: "Committee stage, House of Commons (2 sittings, 2025-03-27 to 2025-05-13).",
      sourceUrl: "https://bills.parliament.uk/bills/3938/stages/19004",
      urlIdentifiesItem: true,
    });
  });

  it("make the Lords the first House of a bill that starts there", () => {
    expect(mapUkStage("2nd reading", "Lords", "Lords")).toMatchObject({ kind: "placed", placement: { path: "first_house", chamber: "lords" } });
    expect(mapUkStage("2nd reading", "Commons", "Lords")).toMatchObject({ kind: "placed", placement: { path: "second_house", chamber: "commons" } });
  });

  it("leave a stage with no sitting yet out, and an unknown stage unplaced", () => {
    const parsed = parseUkStages({ items: [{ id: 1, description: "Report stage", house: "Lords", sortOrder: 1, stageSittings: [] }] }, 1);
    expect(parsed).toEqual({ ok: true, items: [] });
    expect(mapUkStage("Legislative Grand Committee", "Commons", "Commons")).toMatchObject({ kind: "placed", placement: { stage: "committee" } });
    expect(mapUkStage("2nd reading committee", "Commons", "Commons")).toEqual({ kind: "unplaced" });
  });

  it("put every placed stage on a step the UK model has", () => {
    for (const item of steps()) {
      if (item.mapping.kind === "placed") expect(findStep(modelOf("uk"), item.mapping.placement.path, item.mapping.placement.stage)).not.toBeNull();
    }
  });
});
