import { describe, expect, it } from "vitest";

import { formFileText, formValues } from "./form-data";

describe("a file sent with a form", () => {
  it("is read as UTF-8 text, and left out of the form's plain values", async () => {
    const form = new FormData();
    form.append("code", "is");
    form.append("raw", new File([new TextEncoder().encode("<bill>Sec. 1 — “Short title”</bill>")], "BILLS-119s9999is.xml", { type: "text/xml" }));
    expect(await formFileText(form, "raw")).toBe("<bill>Sec. 1 — “Short title”</bill>");
    expect(formValues(form)).toEqual({ code: "is" });
  });

  it("is undefined when none was chosen, and empty when an empty file was", async () => {
    const none = new FormData();
    none.append("raw", new File([], ""));
    expect(await formFileText(none, "raw")).toBeUndefined();
    expect(await formFileText(new FormData(), "raw")).toBeUndefined();
    const empty = new FormData();
    empty.append("raw", new File([], "empty.xml"));
    expect(await formFileText(empty, "raw")).toBe("");
  });
});
