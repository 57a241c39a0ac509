// Lookups keyed by what a request sent. A plain object inherits from Object.prototype, so
// `table[key]` with `key` from a query string answers "constructor", "toString" or "__proto__"
// with a function or an object instead of undefined: twice that became a 500.
// Every lookup keyed by outside input goes through these; lib/lookup.scan.test.ts finds any
// that does not.

/** The value stored under `key` on `table` itself, or undefined: never one inherited from Object.prototype. */
export function ownValue<V>(table: Readonly<Record<string, V>>, key: string | null | undefined): V | undefined {
  if (typeof key !== "string") return undefined;
  const descriptor = Object.getOwnPropertyDescriptor(table, key);
  return descriptor ? (descriptor.value as V) : undefined;
}

/** Whether `key` is one of `table`'s own keys, narrowing it to the table's key type. */
export function isOwnKey<K extends string>(table: Readonly<Record<K, unknown>>, key: unknown): key is K {
  return typeof key === "string" && Object.hasOwn(table, key);
}
