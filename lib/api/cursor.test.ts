import fc from "fast-check";
import { describe, expect, it } from "vitest";

import { decodeCursor, encodeCursor } from "./cursor";

describe("page cursors", () => {
  it("decode to exactly what was encoded", () => {
    fc.assert(
      fc.property(
        fc.date({ min: new Date("2000-01-01T00:00:00Z"), max: new Date("2100-01-01T00:00:00Z"), noInvalidDate: true }),
        fc.stringMatching(/^[a-z0-9]{1,40}$/),
        (updatedAt, id) => {
          expect(decodeCursor(encodeCursor({ updatedAt, id }))).toEqual({ updatedAt, id });
        },
      ),
    );
  });

  it("reject anything this API did not give out", () => {
    fc.assert(
      fc.property(fc.string(), (value) => {
        const decoded = decodeCursor(value);
        if (decoded) expect(encodeCursor(decoded)).toBe(value);
      }),
    );
    expect(decodeCursor("")).toBeNull();
    expect(decodeCursor(Buffer.from('{"u":"yesterday","i":"x"}').toString("base64url"))).toBeNull();
    expect(decodeCursor(Buffer.from("[1,2]").toString("base64url"))).toBeNull();
  });
});
