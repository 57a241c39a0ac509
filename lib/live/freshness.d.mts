// Types for ./freshness.mjs, which stays plain JavaScript because Next.js imports the cache
// handler natively (see that file).

export declare const RACE_WINDOW_MS: number;
export declare function expireTags(tags: readonly string[], at?: number): void;
export declare function expireEverything(at?: number): void;
export declare function setListening(listening: boolean): void;
export declare function isListening(): boolean;
export declare function isFresh(storedAt: number, tags: readonly string[]): boolean;
export declare function isFreshUnderAnyTag(storedAt: number): boolean;
export declare function collectingTags<T>(into: Set<string>, render: () => T): T;
export declare function noteTags(tags: readonly string[]): void;
export declare function storedAtFor(tags: readonly string[], now?: number): number;
export declare function resetFreshness(): void;
