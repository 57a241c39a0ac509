import fc from "fast-check";

// Hostile input for the fuzz suites: what a form, a query string or a JSON body can carry that
// a well-behaved browser never sends. Values are JSON-shaped (plus undefined), because that is
// all a request can hold once parsed.

/** Strings that have broken real systems: PostgreSQL's NUL, half an emoji, markup, SQL, bad dates and URLs. */
export const nastyStrings: readonly string[] = [
  "",
  " ",
  "\u0000",
  "a\u0000b",
  "\uD800",
  "x\uDC00y",
  "😀".slice(0, 1),
  "\u202Eevil\u202C",
  "e\u0301\u0301\u0301\u0301",
  "👩🏽‍⚖️🏳️‍🌈",
  "\u200B\u200C\u200D\uFEFF",
  "\t\r\n\u000B\u000C\u0085\u2028\u2029",
  "\u0001\u001F\u007F",
  "<script>alert(1)</script>",
  '"><img src=x onerror=alert(1)>',
  "[x](javascript:alert(1))",
  "' OR 1=1 --",
  "'; DROP TABLE \"Bill\"; --",
  "%' AND pg_sleep(1) --",
  "\\",
  "!@#$%^&*()|&!:<->",
  "__proto__",
  "constructor",
  "2025-02-30",
  "0000-01-01",
  "0001-01-01",
  "9999-12-31",
  "1234567890-01-01",
  "-002025-01-01",
  "2025-1-1",
  "2025-01-01T25:61",
  "javascript:alert(1)",
  "JaVaScRiPt:alert(1)",
  " javascript:alert(1)",
  "data:text/html,<script>alert(1)</script>",
  "vbscript:msgbox(1)",
  "https://",
  "https://localhost",
  "http://example.org/\u0000",
  `https://example.org/${"a".repeat(5000)}`,
  "NaN",
  "Infinity",
  "-1",
  "1e309",
  "99999999999999999999",
  "2147483648",
  "true",
  "on",
  "a".repeat(100_000),
];

/** Single UTF-16 code units, so lone surrogates turn up as often as anything else. */
const codeUnit = fc.integer({ min: 0, max: 0xffff }).map((code) => String.fromCharCode(code));

/** What PostgreSQL refuses outright: worth trying far more often than their share of the list. */
export const storageBreakers: readonly string[] = ["\u0000", "a\u0000b", "\uD800", "x\uDC00y", "0000-01-01", "0000-01-01T00:00:00Z", "2147483648"];

export const hostileString: fc.Arbitrary<string> = fc.oneof(
  { weight: 2, arbitrary: fc.constantFrom(...storageBreakers) },
  { weight: 3, arbitrary: fc.constantFrom(...nastyStrings) },
  { weight: 2, arbitrary: fc.string({ unit: codeUnit, maxLength: 40 }) },
  { weight: 1, arbitrary: fc.string({ unit: "binary", maxLength: 40 }) },
  // Nasty text mixed into ordinary text, where a trim or a regex will not find it at the edges.
  {
    weight: 2,
    arbitrary: fc
      .tuple(fc.string({ maxLength: 10 }), fc.constantFrom(...nastyStrings.filter((value) => value.length < 200)), fc.string({ maxLength: 10 }))
      .map(([before, nasty, after]) => `${before}${nasty}${after}`),
  },
);

const hostileNumber = fc.oneof(
  fc.constantFrom(0, -0, -1, 1.5, NaN, Infinity, -Infinity, 2 ** 31, 2 ** 53, Number.MAX_VALUE, Number.MIN_VALUE, 1e21),
  fc.integer(),
  fc.double(),
);

/** Objects that try to reach the prototype, as JSON.parse (and so a JSON body) really builds them. */
const pollutingObjects = fc.constantFrom(
  JSON.parse('{"__proto__": {"polluted": true}}') as unknown,
  JSON.parse('{"constructor": {"prototype": {"polluted": true}}}') as unknown,
  { toString: "x", valueOf: 1 },
  {},
);

/** Any value a request could carry in one field. */
export const hostileValue: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 6, arbitrary: hostileString },
  { weight: 2, arbitrary: hostileNumber },
  { weight: 1, arbitrary: fc.constantFrom(null, undefined, true, false) },
  { weight: 1, arbitrary: pollutingObjects },
  { weight: 1, arbitrary: fc.array(hostileString, { maxLength: 5 }) },
  // Huge arrays: "one per line" fields also take arrays.
  { weight: 1, arbitrary: fc.constantFrom(Array.from({ length: 10_000 }, (_, index) => `item ${index}`), Array(5000).fill("<b>x</b>")) },
  { weight: 1, arbitrary: fc.array(fc.dictionary(fc.string({ maxLength: 5 }), hostileString, { maxKeys: 3 }), { maxLength: 3 }) },
);

/** A whole input that is not an object at all, or an object of the wrong shape. */
export const hostileInput: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom(null, undefined, "", 0, [], "input", true),
  pollutingObjects,
  fc.dictionary(hostileString, hostileValue, { maxKeys: 4 }),
);

/**
 * A valid input with some of its fields replaced by hostile values, or hostile extra keys:
 * the rest stays valid, so each run reaches the validation of the field it mutated.
 */
export function mutated(valid: Record<string, unknown>, extraKeys: readonly string[] = []): fc.Arbitrary<unknown> {
  const keys = [...Object.keys(valid), ...extraKeys];
  const fieldMutation = fc
    .uniqueArray(fc.constantFrom(...keys), { minLength: 1, maxLength: Math.min(3, keys.length) })
    .chain((chosen) => fc.tuple(fc.constant(chosen), fc.array(hostileValue, { minLength: chosen.length, maxLength: chosen.length })))
    .map(([chosen, values]) => {
      const input: Record<string, unknown> = { ...valid };
      chosen.forEach((key, index) => {
        input[key] = values[index];
      });
      return input;
    });
  const pollution = fc
    .constantFrom("__proto__", "constructor", "prototype", "toString", "hasOwnProperty")
    .chain((key) => hostileValue.map((value) => JSON.parse(JSON.stringify({ ...valid, [key]: value ?? null })) as unknown));
  return fc.oneof({ weight: 8, arbitrary: fieldMutation }, { weight: 1, arbitrary: pollution }, { weight: 1, arbitrary: hostileInput });
}

/** The seed of this run: fixed by FUZZ_SEED to replay a failure, else new each run and logged. */
export function fuzzSeed(): number {
  const fixed = Number(process.env.FUZZ_SEED);
  return Number.isInteger(fixed) ? fixed : Math.floor(Math.random() * 2 ** 31);
}

/** Runs per property: more under CI, where the suite has the machine to itself. */
export function fuzzRuns(local: number): number {
  return process.env.CI ? local * 2 : local;
}
