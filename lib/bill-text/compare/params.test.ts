import { describe, expect, it } from "vitest";

import { readCompareParams } from "./params";

const bill = { slug: "senate-bill", versions: [{ code: "is", name: "Introduced in Senate" }, { code: "rs", name: "Reported in Senate" }, { code: "es", name: "Engrossed in Senate" }] };
const companion = { slug: "house-bill", shortTitle: "House companion", versions: [{ code: "ih", name: "Introduced in House" }] };
const withText = [{ ...bill, shortTitle: "Senate bill" }, companion];

describe("readCompareParams", () => {
  it("compares the two latest versions when nothing is chosen", () => {
    expect(readCompareParams({}, bill, withText)).toEqual({ selection: { fromCode: "rs", toSlug: "senate-bill", toCode: "es", view: "inline" }, problems: [] });
  });

  it("takes a companion bill's version as the newer side", () => {
    expect(readCompareParams({ from: "is", toBill: "house-bill", to: "ih", view: "side" }, bill, withText).selection).toEqual({ fromCode: "is", toSlug: "house-bill", toCode: "ih", view: "side" });
  });

  it("says what is wrong with each unusable choice, next to its field", () => {
    const { problems } = readCompareParams({ from: "zz", toBill: "nobody", to: "rs", view: "sideways" }, bill, withText);
    expect(problems.map((problem) => problem.field)).toEqual(["view", "toBill", "from"]);
    expect(readCompareParams({ from: "rs", to: "rs" }, bill, withText).problems).toEqual([{ field: "to", message: "Choose a different version from the one you compare it with." }]);
    expect(readCompareParams({ toBill: "house-bill", to: "is" }, bill, withText).problems).toEqual([{ field: "to", message: "That bill has no version “is”. Choose one of its versions." }]);
  });

  it("has nothing to compare for a bill with one version", () => {
    const single = { slug: "senate-bill", versions: [{ code: "is", name: "Introduced in Senate" }] };
    expect(readCompareParams({}, single, []).selection).toMatchObject({ fromCode: null, toCode: "is" });
  });
});
