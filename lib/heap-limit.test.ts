import { describe, expect, it } from "vitest";

import { HEAP_LIMIT_MB, heapLimitFlags } from "./heap-limit";

describe("heapLimitFlags", () => {
  it("limits the heap, unless NODE_OPTIONS already does", () => {
    expect(heapLimitFlags("")).toEqual([`--max-old-space-size=${HEAP_LIMIT_MB}`]);
    expect(heapLimitFlags("--conditions=react-server")).toEqual([`--max-old-space-size=${HEAP_LIMIT_MB}`]);
    expect(heapLimitFlags("--max-old-space-size=1024")).toEqual([]);
  });
});
