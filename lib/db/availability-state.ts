// Whether this instance can reach its database right now, shared on globalThis between the
// code that knows (the live runtime, started by instrumentation.ts; lib/db/availability.ts)
// and the code that acts on it (proxy.ts, which Next.js bundles separately). No imports and
// no `server-only`, so any bundle can read it.

export interface DatabaseGate {
  /** True while the database cannot be reached; cheap when all is well. */
  isUnavailable(): Promise<boolean>;
  /** A request just failed for want of a connection: check before trusting the next one. */
  suspect(): void;
}

const GATE_KEY = Symbol.for("policy-tracker.database-gate");
const holder = globalThis as unknown as Record<typeof GATE_KEY, DatabaseGate | undefined>;

export function installDatabaseGate(gate: DatabaseGate | undefined): void {
  holder[GATE_KEY] = gate;
}

/** The running server's gate; undefined in scripts, tests and before instrumentation ran. */
export function databaseGate(): DatabaseGate | undefined {
  return holder[GATE_KEY];
}
