import "server-only";

import { Prisma } from "@/lib/db/generated/client";

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

/** phaseWhere as SQL over a bill aliased `b` (the board orders and pages in SQL). */
export function phaseSql(phases: readonly PhaseCode[], now: Date): Prisma.Sql {
  const termRunning = Prisma.sql`(b."termEndsAt" IS NULL OR b."termEndsAt" > ${now})`;
  const conditions = phases.map((phase) => {
    if (phase === "legislature") return Prisma.sql`(b."phase" = ${phase} AND ${termRunning})`;
    if (phase === "ended") return Prisma.sql`(b."phase" = ${phase} OR (b."phase" = 'legislature' AND b."termEndsAt" <= ${now}))`;
    return Prisma.sql`b."phase" = ${phase}`;
  });
  return conditions.length ? Prisma.sql`(${Prisma.join(conditions, " OR ")})` : Prisma.sql`FALSE`;
}
