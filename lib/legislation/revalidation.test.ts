import { describe, expect, it } from "vitest";

import { tagsToExpire } from "./revalidation";

const published = (slug: string) => ({ slug, state: "published" as const });
const draft = (slug: string) => ({ slug, state: "draft" as const });
const scheduled = (slug: string) => ({ slug, state: "scheduled" as const });

describe("tagsToExpire", () => {
  it("publishing a draft expires the lists and the bill's page", () => {
    expect(tagsToExpire({ kind: "bill", before: draft("a"), after: published("a") })).toEqual(["bills", "bill:a"]);
  });

  it("unpublishing expires them too, so the bill disappears", () => {
    expect(tagsToExpire({ kind: "bill", before: published("a"), after: draft("a") })).toEqual(["bills", "bill:a"]);
  });

  it("a slug change expires the old address and the new one", () => {
    expect(tagsToExpire({ kind: "bill", before: published("old"), after: published("new") })).toEqual(["bills", "bill:old", "bill:new"]);
  });

  it("deleting expires what the bill was shown under; deleting a draft expires nothing", () => {
    expect(tagsToExpire({ kind: "bill", before: published("a"), after: null })).toEqual(["bills", "bill:a"]);
    expect(tagsToExpire({ kind: "bill", before: draft("a"), after: null })).toEqual([]);
  });

  it("edits to a draft touch no public cache", () => {
    expect(tagsToExpire({ kind: "bill", before: draft("a"), after: draft("b") })).toEqual([]);
    expect(tagsToExpire({ kind: "bill", before: null, after: draft("a") })).toEqual([]);
  });

  it("treats a scheduled bill as public, since it appears without another write", () => {
    expect(tagsToExpire({ kind: "bill", before: scheduled("a"), after: scheduled("a") })).toEqual(["bills", "bill:a"]);
  });

  it("covers key dates and figures", () => {
    expect(tagsToExpire({ kind: "keyDate", bill: published("a") })).toEqual(["bills", "bill:a"]);
    expect(tagsToExpire({ kind: "keyDate", bill: draft("a") })).toEqual([]);
    expect(tagsToExpire({ kind: "keyDate", bill: null })).toEqual(["bills"]);
    expect(tagsToExpire({ kind: "statistics" })).toEqual(["statistics"]);
  });

  it("a provision of a public bill expires its page and the lists the comparison reads; a draft's expires nothing", () => {
    expect(tagsToExpire({ kind: "billPart", bill: published("a") })).toEqual(["bills", "bill:a"]);
    expect(tagsToExpire({ kind: "billPart", bill: scheduled("a") })).toEqual(["bills", "bill:a"]);
    expect(tagsToExpire({ kind: "billPart", bill: draft("a") })).toEqual([]);
  });

  it("an organisation's change expires the lists and every bill's page, which show its name", () => {
    expect(tagsToExpire({ kind: "organisations" })).toEqual(["bills", "bill-pages"]);
  });
});
