import { afterEach, beforeEach, describe, expect, it } from "vitest";

import CacheHandler from "./cache-handler.mjs";
import { expireEverything, expireTags, RACE_WINDOW_MS, resetFreshness, setListening } from "./freshness.mjs";

// The handler Next.js uses for the data cache, driven the way Next drives it for
// unstable_cache: get (miss), run the query, set with the call's tags, get again.

type Value = Parameters<CacheHandler["set"]>[1];

function fetchValue(body: unknown): Value {
  return { kind: "FETCH", data: { headers: {}, body: JSON.stringify(body), status: 200, url: "" }, revalidate: 60 } as Value;
}

function pageValue(html: string, tags: string[]): Value {
  return { kind: "APP_PAGE", html, rscData: undefined, headers: { "x-next-cache-tags": tags.join(",") }, status: 200, postponed: undefined, segmentData: undefined } as unknown as Value;
}

let handler: CacheHandler;
let key = 0;
const nextKey = () => `key-${(key += 1)}`;

beforeEach(() => {
  resetFreshness();
  setListening(true);
  // Start well clear of any expiry, as a long-running instance would be.
  expireEverything(Date.now() - 2 * RACE_WINDOW_MS);
  handler = new CacheHandler({ maxMemoryCacheSize: 1024 * 1024 });
});

afterEach(() => resetFreshness());

describe("the data cache handler", () => {
  it("serves what was stored until one of its tags is expired", async () => {
    const k = nextKey();
    await handler.set(k, fetchValue({ board: 1 }), { tags: ["bills"] });
    expect((await handler.get(k, { tags: ["bills"] }))?.value).toEqual(fetchValue({ board: 1 }));

    expireTags(["bill:other"]);
    expect(await handler.get(k, { tags: ["bills"] })).not.toBeNull();

    await new Promise((resolve) => setTimeout(resolve, 2));
    expireTags(["bills"]);
    expect(await handler.get(k, { tags: ["bills"] })).toBeNull();
  });

  it("expires data under a tag passed only at read time (Next's soft tags)", async () => {
    const k = nextKey();
    await handler.set(k, fetchValue({}), { tags: [] });
    await new Promise((resolve) => setTimeout(resolve, 2));
    expireTags(["_N_T_/layout"]);
    expect(await handler.get(k, { tags: [], softTags: ["_N_T_/layout"] })).toBeNull();
  });

  it("expires rendered pages by the tags Next records in their headers", async () => {
    const k = nextKey();
    await handler.set(k, pageValue("<p>board</p>", ["bills", "bill:enforce-act"]), {});
    expect(await handler.get(k, {})).not.toBeNull();
    await new Promise((resolve) => setTimeout(resolve, 2));
    expireTags(["bill:enforce-act"]);
    expect(await handler.get(k, {})).toBeNull();
  });

  it("expires everything after the LISTEN connection comes back", async () => {
    const k = nextKey();
    await handler.set(k, fetchValue({}), { tags: ["statistics"] });
    await new Promise((resolve) => setTimeout(resolve, 2));
    expireEverything();
    expect(await handler.get(k, { tags: ["statistics"] })).toBeNull();
  });

  it("neither serves nor stores anything while the LISTEN connection is down", async () => {
    const stored = nextKey();
    await handler.set(stored, fetchValue({ before: true }), { tags: ["bills"] });
    setListening(false);
    expect(await handler.get(stored, { tags: ["bills"] })).toBeNull();

    const later = nextKey();
    await handler.set(later, fetchValue({ during: true }), { tags: ["bills"] });
    setListening(true);
    expect(await handler.get(later, { tags: ["bills"] })).toBeNull();
  });

  it("does not trust data stored just after its tag expired, since it may have been read before", async () => {
    expireTags(["bill:slow"]);
    const k = nextKey();
    // A render that began before the change and finishes after the expiry stores old data.
    await handler.set(k, fetchValue({ old: true }), { tags: ["bill:slow"] });
    expect(await handler.get(k, { tags: ["bill:slow"] })).toBeNull();
  });

  it("treats revalidateTag in this process as an immediate expiry", async () => {
    const k = nextKey();
    await handler.set(k, fetchValue({}), { tags: ["bill:a"] });
    await new Promise((resolve) => setTimeout(resolve, 2));
    await handler.revalidateTag("bill:a");
    expect(await handler.get(k, { tags: ["bill:a"] })).toBeNull();
  });

  it("forgets the least recently used entries beyond its memory budget", async () => {
    const small = new CacheHandler({ maxMemoryCacheSize: 2_000 });
    const [first, second, third] = [nextKey(), nextKey(), nextKey()];
    const body = "x".repeat(600);
    await small.set(first, fetchValue(body), { tags: [] });
    await small.set(second, fetchValue(body), { tags: [] });
    expect(await small.get(first, {})).not.toBeNull(); // now the most recently used
    await small.set(third, fetchValue(body), { tags: [] });
    expect(await small.get(second, {})).toBeNull();
    expect(await small.get(first, {})).not.toBeNull();
    expect(await small.get(third, {})).not.toBeNull();
  });

  it("removes an entry when Next stores null for it", async () => {
    const k = nextKey();
    await handler.set(k, fetchValue({}), { tags: [] });
    await handler.set(k, null, {});
    expect(await handler.get(k, {})).toBeNull();
  });
});
