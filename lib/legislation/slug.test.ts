import { describe, expect, it } from "vitest";

import { slugify } from "./slug";
import { SLUG_PATTERN } from "./schema";

describe("slugify", () => {
  it("makes a page address from a title", () => {
    expect(slugify("STOP CSAM Act of 2025")).toBe("stop-csam-act-of-2025");
    expect(slugify("  Crime & Policing Bill — Lords ")).toBe("crime-policing-bill-lords");
    expect(slugify("Protección de menores")).toBe("proteccion-de-menores");
  });

  it("always gives an address the form accepts, or an empty one", () => {
    for (const title of ["A", "TAKE IT DOWN Act", "x".repeat(200), "!!!"]) {
      const slug = slugify(title);
      expect(slug === "" || SLUG_PATTERN.test(slug)).toBe(true);
      expect(slug.length).toBeLessThanOrEqual(80);
    }
  });
});
