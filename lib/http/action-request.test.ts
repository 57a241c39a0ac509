import { describe, expect, it } from "vitest";

import { ACTION_BODY_LIMIT_BYTES, actionBodyRefusal, actionHeadersRefusal, isActionRequest, MAX_NESTING, nestingDepth } from "./action-request";

function multipart(fields: Record<string, string>): { headers: Headers; body: ArrayBuffer } {
  const boundary = "----probe";
  const text = `${Object.entries(fields)
    .map(([name, value]) => `--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`)
    .join("")}--${boundary}--\r\n`;
  const bytes = new TextEncoder().encode(text);
  return { headers: new Headers({ "content-type": `multipart/form-data; boundary=${boundary}`, "next-action": "abc" }), body: bytes.buffer };
}

describe("server-action requests", () => {
  it("are POSTs with Next-Action or a multipart body, outside the API", () => {
    expect(isActionRequest("POST", "/subscribe", new Headers({ "next-action": "x" }))).toBe(true);
    expect(isActionRequest("POST", "/admin/bills/new", new Headers({ "content-type": "multipart/form-data; boundary=x" }))).toBe(true);
    expect(isActionRequest("GET", "/subscribe", new Headers({ "next-action": "x" }))).toBe(false);
    expect(isActionRequest("POST", "/api/auth/callback/credentials", new Headers({ "content-type": "multipart/form-data; boundary=x" }))).toBe(false);
  });

  it("over 1 MB are refused with 413 from the header alone", () => {
    const headers = new Headers({ "content-length": String(ACTION_BODY_LIMIT_BYTES + 1), "content-type": "multipart/form-data; boundary=x" });
    expect(actionHeadersRefusal(headers)).toMatchObject({ status: 413, message: expect.stringContaining("1 MB") });
  });

  it("without form data are refused with 400", () => {
    expect(actionHeadersRefusal(new Headers({ "content-type": "text/plain;charset=UTF-8", "next-action": "x" }))).toMatchObject({ status: 400 });
    expect(actionHeadersRefusal(new Headers({ "next-action": "x" }))).toMatchObject({ status: 400 });
  });

  it("nested 1,000 deep are refused with 400, and an ordinary form passes", async () => {
    const deep = multipart({ "0": `${"[".repeat(1000)}${"]".repeat(1000)}` });
    expect(await actionBodyRefusal(deep.headers, deep.body)).toMatchObject({ status: 400, message: expect.stringContaining("nested") });
    const ordinary = multipart({ "0": '["$K1"]', "1_email": "reader@example.org", "1_summary": "[a link](https://example.org) and [[brackets]]" });
    expect(await actionBodyRefusal(ordinary.headers, ordinary.body)).toBeNull();
  });

  it("whose body is larger than declared, or unreadable, are refused", async () => {
    const big = multipart({ text: "x".repeat(ACTION_BODY_LIMIT_BYTES) });
    expect(await actionBodyRefusal(big.headers, big.body)).toMatchObject({ status: 413 });
    expect(await actionBodyRefusal(new Headers({ "content-type": "multipart/form-data; boundary=x" }), new TextEncoder().encode("garbage").buffer)).toMatchObject({
      status: 400,
    });
  });
});

describe("nestingDepth", () => {
  it("counts brackets outside strings only", () => {
    expect(nestingDepth('[[{"a":[1]}]]')).toBe(4);
    expect(nestingDepth('["[[[[[[[["]')).toBe(1);
    expect(nestingDepth('["\\"[[[["]')).toBe(1);
    expect(nestingDepth("[".repeat(10_000))).toBe(MAX_NESTING + 1);
  });
});
