import { describe, expect, it } from "vitest";
import { z } from "zod";

import { fieldErrorsOf, validationFailure } from "./validation";

describe("zod errors for forms", () => {
  it("files errors inside a list under the list's field, naming the line", () => {
    const schema = z.object({ links: z.array(z.object({ url: z.string().min(1, { error: "Give an address." }) })), title: z.string().min(1, { error: "Enter a title." }) });
    const result = schema.safeParse({ links: [{ url: "x" }, { url: "" }], title: "" });
    expect(result.success).toBe(false);
    if (result.success) return;
    expect(fieldErrorsOf(result.error)).toEqual({ links: ["Line 2: Give an address."], title: ["Enter a title."] });
    expect(validationFailure(result.error).error.message).toBe("Check the 2 highlighted answers.");
  });
});
