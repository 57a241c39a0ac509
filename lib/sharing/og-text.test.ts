import { readFileSync } from "node:fs";
import path from "node:path";

import { describe, expect, it } from "vitest";

import { ogSafeText } from "./og-text";

/** The code points the font that next/og bundles can draw, read from its cmap table. */
function fontCodePoints(): Set<number> {
  const font = readFileSync(path.resolve("node_modules/next/dist/compiled/@vercel/og/Geist-Regular.ttf"));
  const tables = font.readUInt16BE(4);
  let cmap = 0;
  for (let index = 0; index < tables; index += 1) {
    if (font.toString("ascii", 12 + index * 16, 16 + index * 16) === "cmap") cmap = font.readUInt32BE(12 + index * 16 + 8);
  }
  const points = new Set<number>();
  for (let index = 0; index < font.readUInt16BE(cmap + 2); index += 1) {
    const table = cmap + font.readUInt32BE(cmap + 4 + index * 8 + 4);
    if (font.readUInt16BE(table) !== 4) continue;
    const segments = font.readUInt16BE(table + 6) / 2;
    for (let segment = 0; segment < segments; segment += 1) {
      const end = font.readUInt16BE(table + 14 + segment * 2);
      const start = font.readUInt16BE(table + 16 + segments * 2 + segment * 2);
      for (let point = start; point <= end && point !== 0xffff; point += 1) points.add(point);
    }
  }
  return points;
}

describe("ogSafeText", () => {
  it("keeps accented Latin letters and typographic punctuation", () => {
    expect(ogSafeText("Rep. María Elvira Salazar · 2024–26 session “quoted” …")).toBe(
      "Rep. María Elvira Salazar · 2024–26 session “quoted” …",
    );
  });

  it("falls back to the plain letter, or drops what the font cannot draw", () => {
    expect(ogSafeText("Łódź ✓ Ǆ 漢字 done")).toBe("Łódź DZ done");
  });

  it("only ever lets through characters the bundled font has, so next/og never downloads a font", () => {
    const points = fontCodePoints();
    expect(points.size).toBeGreaterThan(500);
    const everything = Array.from({ length: 0x2200 }, (_, point) => String.fromCodePoint(point)).join("");
    for (const character of ogSafeText(everything)) {
      expect(points.has(character.codePointAt(0) ?? -1), `U+${character.codePointAt(0)?.toString(16)}`).toBe(true);
    }
  });
});
