import "server-only";

import type { Prisma } from "@/lib/db/generated/client";

import type { PhaseCode } from "./process";

/**
 * Bills in any of these phases at `now`. The phase stored on a bill is as its events say; a
 * bill still before a legislature whose term has ended (a Congress) has died without an event,
 * so it counts as ended, not as in the legislature.
 */
export function phaseWhere(phases: readonly PhaseCode[], now: Date): Prisma.BillWhereInput {
  const termRunning: Prisma.BillWhereInput = { OR: [{ termEndsAt: null }, { termEndsAt: { gt: now } }] };
  const conditions = phases.map((phase): Prisma.BillWhereInput => {
    if (phase === "legislature") return { AND: [{ phase }, termRunning] };
    if (phase === "ended") return { OR: [{ phase }, { phase: "legislature", termEndsAt: { lte: now } }] };
    return { phase };
  });
  return { OR: conditions };
}
