// Open Graph images are drawn by next/og with the font it ships (Geist). For any character that
// font lacks, next/og fetches a font from Google Fonts at request time, which an offline or
// locked-down server cannot do, and which would leak what is being drawn. So image text keeps
// only characters the bundled font has (checked against its character map): Latin letters with
// their accents, digits and common punctuation. Others fall back to their unaccented letter, or
// are dropped.

const COVERED =
  /[\u0020-\u007E\u00A0-\u00AC\u00AE-\u00FF\u0100-\u0113\u0116-\u012B\u012E-\u0137\u0139-\u013E\u0141-\u0148\u014A-\u014D\u0150-\u017E\u2013\u2014\u2018-\u201A\u201C-\u201E\u2020-\u2022\u2026\u2030\u2039\u203A\u20AC\u2190-\u2193]/u;

/** The text with every character the bundled font cannot draw replaced or removed. */
export function ogSafeText(text: string): string {
  return [...text]
    .map((character) => {
      if (COVERED.test(character)) return character;
      const plain = character.normalize("NFKD").replace(/\p{M}/gu, "");
      return [...plain].every((part) => COVERED.test(part)) ? plain : "";
    })
    .join("")
    .replace(/\s+/g, " ")
    .trim();
}
