import { describe, expect, it } from "vitest";

import { textVersionKinds, textVersionsOf } from "./versions";

describe("the versions a bill can have", () => {
  it("are its own legislature's", () => {
    expect(textVersionsOf("us").map((kind) => kind.code)).toContain("is");
    expect(textVersionsOf("us").every((kind) => kind.legislature === "us")).toBe(true);
    expect(textVersionsOf("uk").map((kind) => kind.code)).toEqual(["uk-introduced", "uk-pbc-amended", "uk-brought-from-commons", "uk-enacted"]);
  });

  it("are any, for a legislature with no codes of its own", () => {
    expect(textVersionsOf("au")).toEqual(textVersionKinds);
  });
});
