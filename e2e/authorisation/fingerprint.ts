import type { PrismaClient } from "@/lib/db/generated/client";

// A digest of the tables a server action can write, to prove that a refused one wrote nothing.
// Not the outbox, throttle or cache tables: the app's background work and sign-ins touch those.

const TABLES = ["AuditLog", "Bill", "BillRevision", "KeyDate", "Organisation", "ParticipationWindow", "Position", "Provision", "Statistic", "StatusEvent", "Subscription", "User", "UserToken", "Webhook"];

export async function writableFingerprint(db: PrismaClient): Promise<Record<string, string>> {
  const result: Record<string, string> = {};
  for (const table of TABLES) {
    // Table names are the constants above, not input.
    const [row] = await db.$queryRawUnsafe<{ digest: string }[]>(
      `SELECT count(*)::text || ':' || md5(coalesce(string_agg(t::text, '|' ORDER BY t::text), '')) AS digest FROM "${table}" t`,
    );
    result[table] = row?.digest ?? "";
  }
  return result;
}
