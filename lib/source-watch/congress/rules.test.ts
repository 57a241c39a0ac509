import { describe, expect, it } from "vitest";

import { findStep, modelOf } from "@/lib/legislation/process";

import { congressFixtures, fixtureJson } from "../testing/fixtures";

import { parseCongressIdentifier, type CongressBill } from "./identifier";
import { parseCongressActions } from "./parse";
import { mapCongressAction, voteOf } from "./rules";

const bill = (identifier: string): CongressBill => {
  const parsed = parseCongressIdentifier(identifier);
  if (!parsed) throw new Error(identifier);
  return parsed;
};
const s3021 = bill("119/s/3021");
const hr633 = bill("119/hr/633");
const s146 = bill("119/s/146");

function placements(fixture: string, target: CongressBill) {
  const parsed = parseCongressActions(fixtureJson(fixture), target);
  if (!parsed.ok) throw new Error(parsed.message);
  return parsed.items.map((item) => ({
    on: item.occurredOn,
    text: item.description,
    step: item.mapping.kind === "placed" ? `${item.mapping.placement.path}:${item.mapping.placement.stage}` : item.mapping.kind,
    placement: item.mapping.kind === "placed" ? item.mapping.placement : null,
  }));
}

describe("Congress.gov action rules", () => {
  it("place the ENFORCE Act's Senate actions and its receipt in the House", () => {
    const steps = placements("congress/s-3021-actions.json", s3021).map(({ on, step }) => `${on} ${step}`);
    expect(steps).toEqual([
      "2025-12-17 ignored",
      "2025-12-17 house:received",
      "2025-12-17 ignored",
      "2025-12-16 senate:passed",
      "2025-12-16 senate:passed",
      "2025-12-16 senate:discharged",
      "2025-12-16 senate:discharged",
      "2025-10-21 senate:referred",
      "2025-10-21 senate:introduced",
    ]);
  });

  it("name the committee and the vote where the wording gives them", () => {
    const [referral] = placements("congress/s-3021-actions-house-referral.json", s3021);
    expect(referral?.placement).toEqual({ path: "house", stage: "referred", chamber: "house", attemptFailed: false, body: "House Committee on the Judiciary", vote: null });
    const senateReferral = placements("congress/s-3021-actions.json", s3021).find((item) => item.step === "senate:referred");
    expect(senateReferral?.placement?.body).toBe("Senate Committee on the Judiciary");
    const ordered = placements("congress/hr-633-actions.json", hr633).find((item) => item.text.startsWith("Ordered to be Reported"));
    expect(ordered?.placement).toMatchObject({ path: "house", stage: "reported", vote: "49–1" });
  });

  it("place a House bill's committee report and calendar, and skip the markup session", () => {
    const steps = placements("congress/hr-633-actions.json", hr633).map(({ on, step }) => `${on} ${step}`);
    expect(steps).toEqual([
      "2025-04-28 house:calendared",
      "2025-04-28 house:reported",
      "2025-04-28 house:reported",
      "2025-04-08 house:reported",
      "2025-04-08 ignored",
      "2025-01-22 house:referred",
      "2025-01-22 house:introduced",
      "2025-01-22 house:introduced",
    ]);
  });

  it("place the other chamber's passage, presentation and signature of an enacted bill", () => {
    const items = placements("congress/s-146-actions.json", s146);
    const steps = items.map(({ on, step }) => `${on} ${step}`);
    expect(steps).toEqual([
      "2025-05-19 final:signed",
      "2025-05-19 final:signed",
      "2025-05-19 final:presented",
      "2025-04-28 house:passed",
      "2025-04-28 house:passed",
      "2025-04-28 unplaced",
      "2025-02-13 senate:passed",
      "2025-02-13 senate:passed",
      "2025-01-16 senate:referred",
      "2025-01-16 senate:introduced",
    ]);
    expect(items.find((item) => item.step === "house:passed")?.placement?.vote).toBe("409–2");
    expect(items.find((item) => item.step === "senate:passed")?.placement?.vote).toBe("Unanimous consent");
  });

  it("put every placed action on a step the US Congress model has", () => {
    const model = modelOf("us");
    for (const fixture of congressFixtures) {
      for (const item of placements(fixture, bill(fixture.includes("hr-") ? "119/hr/633" : "119/s/146"))) {
        if (item.placement) expect(findStep(model, item.placement.path, item.placement.stage), item.text).not.toBeNull();
      }
    }
  });

  it("record a failed passage attempt as an attempt, not as passage", () => {
    const mapping = mapCongressAction(
      { actionDate: "2025-07-01", text: "Passage of the measure failed of passage by Yea-Nay Vote. 45 - 52. Record Vote Number: 201.", sourceSystem: { code: 0, name: "Senate" } },
      s3021,
    );
    expect(mapping).toEqual({ kind: "placed", placement: { path: "senate", stage: "passed", chamber: "senate", attemptFailed: true, body: null, vote: "45–52" } });
  });

  it("read a Senate committee's report, which starts with the committee's name", () => {
    const mapping = mapCongressAction(
      {
        actionDate: "2025-07-30",
        text: "Committee on the Judiciary. Reported by Senator Grassley with an amendment in the nature of a substitute. Without written report.",
        sourceSystem: { code: 0, name: "Senate" },
      },
      s3021,
    );
    expect(mapping).toMatchObject({ kind: "placed", placement: { path: "senate", stage: "reported", body: "Senate Committee on the Judiciary" } });
  });

  it("leave actions it cannot name unplaced, for the editor", () => {
    expect(mapCongressAction({ actionDate: "2025-07-01", text: "Measure laid before Senate by unanimous consent.", sourceSystem: { code: 0, name: "Senate" } }, s3021)).toEqual({ kind: "unplaced" });
  });

  it("read tallies without taking roll-call numbers for them", () => {
    expect(voteOf("Agreed to by the Yeas and Nays: (2/3 required): 409 - 2 (Roll no. 104).")).toBe("409–2");
    expect(voteOf("Passed Senate with an amendment by Voice Vote.")).toBe("Voice vote");
    expect(voteOf("Introduced in House")).toBeNull();
  });
});

describe("Congress.gov answers", () => {
  it("refuse an answer with no list of actions", () => {
    expect(parseCongressActions({ error: "API_KEY_MISSING" }, s3021)).toEqual({ ok: false, message: "The answer has no list of actions." });
  });

  it("skip a malformed action and keep the rest", () => {
    const parsed = parseCongressActions({ actions: [{ actionDate: "yesterday", text: "x" }, { actionDate: "2025-10-21", text: "Introduced in Senate" }] }, s3021);
    expect(parsed.ok && parsed.items.map((item) => item.occurredOn)).toEqual(["2025-10-21"]);
  });

  it("link each action to the bill's public page of actions on Congress.gov", () => {
    const parsed = parseCongressActions(fixtureJson("congress/s-3021-actions.json"), s3021);
    expect(parsed.ok && parsed.items[0]?.sourceUrl).toBe("https://www.congress.gov/bill/119th-congress/senate-bill/3021/all-actions");
    expect(parsed.ok && parsed.items[0]?.billNumber).toBe("S.3021");
  });
});
