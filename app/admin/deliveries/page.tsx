import type { Metadata } from "next";

import { DeliveryLog } from "@/components/admin/delivery-log";
import { parseDeliveryFilter } from "@/lib/alerts/admin-forms";
import { mailMode } from "@/lib/alerts/mailer";
import { deliveryHealth, listDeliveries } from "@/lib/alerts/queries";
import { requirePermission } from "@/lib/auth/session";
import { db } from "@/lib/db/client";

import { resendDeliveryAction } from "./actions";

export const dynamic = "force-dynamic";

export const metadata: Metadata = { title: "Delivery log", robots: { index: false } };

export default async function DeliveriesPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  // Administrators only: anyone else gets the back office's 403 page.
  await requirePermission("read:delivery:any");
  const filter = parseDeliveryFilter(await searchParams);
  const [{ rows, nextBefore }, health] = await Promise.all([listDeliveries(db, filter), deliveryHealth(db)]);
  return (
    <>
      <h1 className="text-3xl font-bold">Delivery log</h1>
      <p className="mt-4 max-w-3xl">
        Every alert email and webhook call: {health.failed} failed, {health.pending} waiting. Subscribers&apos; addresses are
        shown masked.
      </p>
      <DeliveryLog
        rows={rows}
        filter={filter}
        nextBefore={nextBefore}
        basePath="/admin/deliveries"
        resendAction={resendDeliveryAction}
        mailMode={mailMode()}
      />
    </>
  );
}
