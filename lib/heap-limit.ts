// The V8 heap limit every app instance runs with (npm start, and the benchmark, which measures
// what production runs). Without one, V8 sizes the heap from the machine's memory (24 GB here)
// and, under load, lets garbage pile up long before collecting it: one instance under 10
// connections of page load peaked at 517–549 MB RSS by default and at about 320 MB with this
// limit (throughput differences were within the noise of a busy two-core machine). A 128 MB
// limit also ran, at 290–299 MB RSS, but 256 MB keeps room for a full data cache
// (lib/live/cache-handler.mjs, 50 MB estimated) on top of what the server itself holds.

export const HEAP_LIMIT_MB = 256;

// The young generation, where every request's short-lived objects are born, may grow to three
// times V8's semi-space (16 MB by default, so 48 MB) before it is collected, and RSS keeps what
// it grew to. With 100 live streams open and page renders going on (the benchmark's part 2), an
// instance peaked at 338 MB RSS by default, 309 MB with 8 MB and 282 MB with 4 MB semi-spaces,
// in three runs on the same busy machine, with no loss of page-cache throughput beyond its noise.
export const SEMI_SPACE_MB = 4;

/** Node.js flags for the server; each left out when NODE_OPTIONS already sets it (an operator's choice wins). */
export function heapLimitFlags(nodeOptions: string = process.env.NODE_OPTIONS ?? ""): string[] {
  return [
    ...(/--max-old-space-size\b/.test(nodeOptions) ? [] : [`--max-old-space-size=${HEAP_LIMIT_MB}`]),
    ...(/--max-semi-space-size\b/.test(nodeOptions) ? [] : [`--max-semi-space-size=${SEMI_SPACE_MB}`]),
  ];
}
