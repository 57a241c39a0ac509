import { parseFeed } from "@rowanmanning/feed-parser";
import { describe, expect, it } from "vitest";

import { renderAtom } from "./atom";
import type { FeedEntry, FeedPosition } from "./queries";

describe("renderAtom", () => {
  it("keeps a bill's title exactly as written in the feed's own title, entities and markup included", () => {
    const shortTitle = `AT&amp;T <b>Act</b> & "Co"`;
    const xml = renderAtom(
      { bill: { id: "b1", slug: "att-act", shortTitle, createdAt: "2025-01-01T00:00:00.000Z" }, entries: [], positions: [], textVersions: [], updated: "2025-01-01T00:00:00.000Z", lastModified: "2025-01-01T00:00:00.000Z" },
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

  it("lists status entries and positions together, newest change first, each with its own kind of tag URI", () => {
    const version = {
      id: "e1", path: "senate", stage: "introduced", stageLabel: "Introduced in the Senate", occurredOn: "2025-01-10", chamber: "senate",
      chamberName: "Senate", description: "Introduced", vote: null, sourceUrl: "https://example.org/record", sourceKind: "official" as const,
      note: null, recordedAt: "2025-01-10T09:00:00.000Z",
    };
    const entry: FeedEntry = {
      rootId: "e1", published: "2025-01-10T09:00:00.000Z", updated: "2025-01-10T09:00:00.000Z",
      bill: { slug: "a-act", shortTitle: "A Act" }, current: version, earlier: [], retraction: null,
    };
    const position: FeedPosition = {
      id: "p1", published: "2025-02-01T09:00:00.000Z", updated: "2025-02-01T09:00:00.000Z", bill: { slug: "a-act", shortTitle: "A Act" },
      organisation: { name: "Coalition", url: "javascript:alert(1)", isOwn: true }, stanceLabel: "Oppose",
      statement: "We oppose it.", sourceUrl: null, statedOn: "2025-02-01",
    };
    const xml = renderAtom(
      { bill: null, entries: [entry], positions: [position], textVersions: [], updated: position.updated, lastModified: position.updated },
      "https://tracker.example",
      "/feed.xml",
    );
    const feed = parseFeed(xml);
    expect(feed.items.map((item) => item.id)).toEqual(["tag:tracker.example,2025-02-01:position:p1", "tag:tracker.example,2025-01-10:status-event:e1"]);
    expect(feed.items[0]?.title).toBe("A Act: Coalition – Oppose (1 February 2025)");
    expect(feed.items[0]?.content).toContain("(runs this site)");
    // An organisation's link that is not http(s) is shown as its name only, never as a link.
    expect(xml).not.toContain("javascript:");
  });
});
