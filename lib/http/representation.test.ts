import { describe, expect, it } from "vitest";

import { isNotModified, makeRepresentation, serveRepresentation } from "./representation";

const representation = makeRepresentation("<feed/>", "application/atom+xml", new Date("2026-05-19T10:20:30.456Z"));
const request = (headers: Record<string, string> = {}, method = "GET") => new Request("http://localhost/feed.xml", { headers, method });

describe("conditional requests", () => {
  it("derive a strong ETag from the content, the same for the same bytes", () => {
    expect(representation.etag).toMatch(/^"[A-Za-z0-9_-]{32}"$/);
    expect(makeRepresentation("<feed/>", "application/atom+xml", null).etag).toBe(representation.etag);
    expect(makeRepresentation("<feed />", "application/atom+xml", null).etag).not.toBe(representation.etag);
  });

  it("match If-None-Match lists, weak tags and *", () => {
    const headers = (value: string) => new Headers({ "If-None-Match": value });
    expect(isNotModified(headers(representation.etag), representation)).toBe(true);
    expect(isNotModified(headers(`"other", W/${representation.etag}`), representation)).toBe(true);
    expect(isNotModified(headers("*"), representation)).toBe(true);
    expect(isNotModified(headers('"other"'), representation)).toBe(false);
  });

  it("compare If-Modified-Since at whole seconds, and let If-None-Match take precedence", () => {
    const since = (value: string) => new Headers({ "If-Modified-Since": value });
    expect(isNotModified(since("Tue, 19 May 2026 10:20:30 GMT"), representation)).toBe(true);
    expect(isNotModified(since("Tue, 19 May 2026 10:20:29 GMT"), representation)).toBe(false);
    expect(isNotModified(since("not a date"), representation)).toBe(false);
    const both = new Headers({ "If-None-Match": '"other"', "If-Modified-Since": "Tue, 19 May 2026 10:20:30 GMT" });
    expect(isNotModified(both, representation)).toBe(false);
  });

  it("answer 304 without a body, and HEAD without a body", async () => {
    const notModified = serveRepresentation(request({ "If-None-Match": representation.etag }), representation, { cacheControl: "no-cache" });
    expect(notModified.status).toBe(304);
    expect(notModified.headers.get("etag")).toBe(representation.etag);
    expect(await notModified.text()).toBe("");
    const head = serveRepresentation(request({}, "HEAD"), representation, { cacheControl: "no-cache" });
    expect(head.status).toBe(200);
    expect(head.headers.get("last-modified")).toBe("Tue, 19 May 2026 10:20:30 GMT");
    expect(await head.text()).toBe("");
  });
});
