import type { PrismaClient } from "@/lib/db/generated/client";

import { removeBills } from "../auth-fixtures";

// The action matrix makes and publishes real content through the app. Later specs read the
// launch content, so everything it made goes afterwards (every name it uses starts with
// "matrix"), and every instance is told, so no cached page keeps showing it.

export async function removeMatrixContent(db: PrismaClient): Promise<void> {
  const bills = await db.bill.findMany({ where: { slug: { startsWith: "matrix-" } }, select: { id: true } });
  await removeBills(
    db,
    bills.map((bill) => bill.id),
  );
  await db.keyDate.deleteMany({ where: { title: { startsWith: "Matrix deadline" } } });
  await db.statistic.deleteMany({ where: { label: { startsWith: "Matrix figure" } } });
  await db.organisation.deleteMany({ where: { name: { startsWith: "Matrix organisation" } } });
  await db.webhook.deleteMany({ where: { url: { startsWith: "https://hooks.example.org/" } } });
  await db.subscription.deleteMany({ where: { email: { startsWith: "matrix-reader-" } } });
  const latest = await db.auditLog.aggregate({ _max: { id: true } });
  const auditId = latest._max.id ?? 1;
  // Key dates are listed with the bills; figures have their own tag (lib/live/notice.ts).
  for (const kind of ["test.cleanup", "statistic.test-cleanup"]) {
    await db.$executeRaw`SELECT pg_notify('legislation', ${JSON.stringify({ kind, auditId })})`;
  }
}
