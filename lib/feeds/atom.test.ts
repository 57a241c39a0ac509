import { parseFeed } from "@rowanmanning/feed-parser";
import { describe, expect, it } from "vitest";

import { renderAtom } from "./atom";

describe("renderAtom", () => {
  it("keeps a bill's title exactly as written in the feed's own title, entities and markup included", () => {
    const shortTitle = `AT&amp;T <b>Act</b> & "Co"`;
    const xml = renderAtom(
      { bill: { id: "b1", slug: "att-act", shortTitle, createdAt: "2025-01-01T00:00:00.000Z" }, entries: [], updated: "2025-01-01T00:00:00.000Z", lastModified: "2025-01-01T00:00:00.000Z" },
      "https://tracker.example",
      "/bills/att-act/feed.xml",
    );
    expect(xml).not.toContain("<b>");
    // Atom text: one XML unescape gives the title back (the parser below unescapes twice).
    const title = /<title>([^<]*)<\/title>/.exec(xml)?.[1] ?? "";
    const read = title.replace(/&(lt|gt|quot|apos|amp);/g, (_entity, name: string) => ({ lt: "<", gt: ">", quot: '"', apos: "'", amp: "&" })[name] ?? "");
    expect(read).toBe(`${shortTitle}: status changes – Policy Tracker`);
    expect(parseFeed(xml).title).toContain("<b>Act</b>");
  });
});
