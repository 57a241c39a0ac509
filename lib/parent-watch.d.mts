// Types for ./parent-watch.mjs, which stays plain JavaScript because Next.js's own processes
// preload it without tsx (see that file).

export declare const PARENT_POLL_MS: number;
export declare function watchParent(onGone: () => void, options?: { intervalMs?: number; parentPid?: () => number }): () => void;
