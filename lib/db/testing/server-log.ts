// What PostgreSQL logs as it starts, in the words of its own messages: after a clean stop it
// names the time it was shut down; after a crash it says so and replays its write-ahead log.
// lib/db/open-database.int.test.ts shows both happen; the shutdown and crash tests (e2e/) use
// them to tell whether the stop before a start was clean.

export const CLEAN_START = /^database system was shut down at /;
// "database system was interrupted" after a crash while running, "database system shutdown
// was interrupted" after one during a shutdown (a container's processes killed mid-way).
export const CRASH_RECOVERY = /was interrupted|not properly shut down|automatic recovery in progress|redo starts at/;
