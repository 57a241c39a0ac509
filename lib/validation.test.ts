import { describe, expect, it } from "vitest";
import { z } from "zod";

import { statusEventFieldNames, statusEventSchemaFor } from "./legislation/schema";
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

  it("gives each field one message, its first problem, and each line of a list one", () => {
    const schema = z.object({
      day: z.string().min(1, { error: "Enter the date." }).regex(/^\d{4}-\d{2}-\d{2}$/, { error: "Enter a real date." }),
      links: z.array(z.string().min(1, { error: "Give an address." }).url({ error: "Give a full address." })),
    });
    const result = schema.safeParse({ day: "", links: ["", "https://example.org/", ""] });
    expect(result.success).toBe(false);
    if (result.success) return;
    expect(fieldErrorsOf(result.error)).toEqual({ day: ["Enter the date."], links: ["Line 1: Give an address.", "Line 3: Give an address."] });
  });

  it("puts a status event's step and date problems next to the form's step select and date field, once each", () => {
    const input = { step: "", occurredOn: "", description: "Referred.", sourceUrl: "https://www.congress.gov/", sourceKind: "official" };
    const result = statusEventSchemaFor("us", { numbers: ["S.3021"] }).safeParse(input);
    expect(result.success).toBe(false);
    if (result.success) return;
    expect(validationFailure(result.error, statusEventFieldNames(input)).error.fieldErrors).toEqual({
      step: ["Choose the step."],
      occurredOn: ["Enter the date it happened."],
    });
    // The API's callers name path and stage apart, and read the problems under those names.
    expect(fieldErrorsOf(result.error, statusEventFieldNames({ stage: "" }))).toHaveProperty("stage");
  });
});
