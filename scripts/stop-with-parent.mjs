// Preloaded (`node --import`) into every process the launcher (scripts/start.ts) starts:
// `next start`, `next dev` and its server, `next build` and its workers. If the parent dies
// without stopping them (kill -9 of the launcher, the OOM killer), each one sends itself SIGTERM,
// so its own shutdown runs (for `next start`: lib/live/shutdown.ts) instead of it serving on as
// an orphan that holds the port. Node passes these flags on to the processes Next.js forks, so
// each level watches its own parent.

import { watchParent } from "../lib/parent-watch.mjs";

watchParent(() => process.kill(process.pid, "SIGTERM"));
