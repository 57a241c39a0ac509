import { describe, expect, it } from "vitest";

import { HEAP_LIMIT_MB, SEMI_SPACE_MB, heapLimitFlags } from "./heap-limit";

describe("heapLimitFlags", () => {
  const both = [`--max-old-space-size=${HEAP_LIMIT_MB}`, `--max-semi-space-size=${SEMI_SPACE_MB}`];

  it("limits the heap and its young generation, unless NODE_OPTIONS already does", () => {
    expect(heapLimitFlags("")).toEqual(both);
    expect(heapLimitFlags("--conditions=react-server")).toEqual(both);
    expect(heapLimitFlags("--max-old-space-size=1024")).toEqual([`--max-semi-space-size=${SEMI_SPACE_MB}`]);
    expect(heapLimitFlags("--max-semi-space-size=32")).toEqual([`--max-old-space-size=${HEAP_LIMIT_MB}`]);
    expect(heapLimitFlags("--max-old-space-size=1024 --max-semi-space-size=32")).toEqual([]);
  });
});
