import { describe, expect, it } from "vitest";

import {
  ACTION_BODY_LIMIT_BYTES,
  actionBodyLimit,
  actionBodyRefusal,
  actionHeadersRefusal,
  actionUsesArguments,
  isActionRequest,
  MAX_NESTING,
  nestingDepth,
  TEXT_UPLOAD_BODY_LIMIT_BYTES,
} from "./action-request";

// Next.js's action ids: the first byte says which arguments the action reads.
const takesForm = `60${"a".repeat(40)}`;
const takesNothing = `00${"a".repeat(40)}`;

function multipart(fields: Record<string, string>): { headers: Headers; body: ArrayBuffer } {
  const boundary = "----probe";
  const text = `${Object.entries(fields)
    .map(([name, value]) => `--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`)
    .join("")}--${boundary}--\r\n`;
  const bytes = new TextEncoder().encode(text);
  return { headers: new Headers({ "content-type": `multipart/form-data; boundary=${boundary}`, "next-action": takesForm }), body: bytes.buffer };
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

  it("without form data are refused with 400, unless the action reads no argument at all", () => {
    expect(actionHeadersRefusal(new Headers({ "content-type": "text/plain;charset=UTF-8", "next-action": takesForm }))).toMatchObject({ status: 400 });
    expect(actionHeadersRefusal(new Headers({ "next-action": takesForm }))).toMatchObject({ status: 400 });
    expect(actionHeadersRefusal(new Headers({ "next-action": "not an id" }))).toMatchObject({ status: 400 });
    expect(actionHeadersRefusal(new Headers({ "content-type": "text/plain;charset=UTF-8", "next-action": takesNothing }))).toBeNull();
  });

  it("read the argument mask Next.js writes into the id", () => {
    expect(actionUsesArguments(takesForm)).toBe(true);
    expect(actionUsesArguments(`02${"a".repeat(40)}`)).toBe(true);
    expect(actionUsesArguments(`01${"a".repeat(40)}`)).toBe(true);
    expect(actionUsesArguments(takesNothing)).toBe(false);
    expect(actionUsesArguments(`80${"a".repeat(40)}`)).toBe(false);
  });

  it("that read no argument may send a plain reply, but not one nested 1,000 deep", async () => {
    const headers = new Headers({ "content-type": "text/plain;charset=UTF-8", "next-action": takesNothing });
    expect(await actionBodyRefusal(headers, new TextEncoder().encode("[]").buffer)).toBeNull();
    const deep = new TextEncoder().encode(`${"[".repeat(1000)}${"]".repeat(1000)}`).buffer;
    expect(await actionBodyRefusal(headers, deep)).toMatchObject({ status: 400, message: expect.stringContaining("nested") });
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

describe("the body limit of an action", () => {
  it("is 1 MB but for the page that uploads a bill's text", () => {
    const multipartHeaders = (length: number) => new Headers({ "content-length": String(length), "content-type": "multipart/form-data; boundary=x" });
    expect(actionBodyLimit("/admin/bills/cm0abc/text").bytes).toBe(TEXT_UPLOAD_BODY_LIMIT_BYTES);
    expect(actionHeadersRefusal(multipartHeaders(5 * 1024 * 1024), actionBodyLimit("/admin/bills/cm0abc/text"))).toBeNull();
    expect(actionHeadersRefusal(multipartHeaders(TEXT_UPLOAD_BODY_LIMIT_BYTES + 1), actionBodyLimit("/admin/bills/cm0abc/text"))).toMatchObject({
      status: 413,
      message: expect.stringContaining("45 MB"),
    });
    for (const path of ["/admin/bills/cm0abc", "/admin/bills/cm0abc/text/extra", "/subscribe", "/bills/x/text"]) {
      expect(actionHeadersRefusal(multipartHeaders(ACTION_BODY_LIMIT_BYTES + 1), actionBodyLimit(path)), path).toMatchObject({ status: 413 });
    }
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
