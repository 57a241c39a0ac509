import { describe, expect, it } from "vitest";

import { jsonLdText } from "./json-ld";

describe("jsonLdText", () => {
  it("cannot be closed early by text that contains a script end tag", () => {
    const text = jsonLdText({ name: "</script><script>alert(1)</script>" });
    expect(text).not.toContain("<");
    expect(JSON.parse(text)).toEqual({ name: "</script><script>alert(1)</script>" });
  });
});
