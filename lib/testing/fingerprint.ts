import { db } from "@/lib/db/client";

// A digest of every table's rows, to prove that a refused command wrote nothing at all.

export async function databaseFingerprint(): Promise<Record<string, { rows: number; digest: string }>> {
  const tables = await db.$queryRaw<{ name: string }[]>`
    SELECT tablename AS name FROM pg_tables WHERE schemaname = 'public' AND tablename <> '_prisma_migrations' ORDER BY tablename`;
  const result: Record<string, { rows: number; digest: string }> = {};
  for (const { name } of tables) {
    // Table names come from the catalogue, not from input.
    const [row] = await db.$queryRawUnsafe<{ rows: number; digest: string }[]>(
      `SELECT count(*)::int AS rows, md5(coalesce(string_agg(t::text, '|' ORDER BY t::text), '')) AS digest FROM "${name.replaceAll('"', '""')}" t`,
    );
    if (row) result[name] = row;
  }
  return result;
}
