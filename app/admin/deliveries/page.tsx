import type { Metadata } from "next";

import { DeliveryLog } from "@/components/admin/delivery-log";
import { parseDeliveryFilter } from "@/lib/alerts/admin-forms";
import { mailMode } from "@/lib/alerts/mailer";
import { can } from "@/lib/alerts/policy";
import { deliveryHealth, listDeliveries } from "@/lib/alerts/queries";
import { requireUser } from "@/lib/auth/session";
import { db } from "@/lib/db/client";

import { resendDeliveryAction } from "./actions";

export const dynamic = "force-dynamic";

export const metadata: Metadata = { title: "Delivery log", robots: { index: false } };

export default async function DeliveriesPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const user = await requireUser();
  if (!can(user, "read:delivery:any")) {
    return (
      <>
        <h1 className="text-3xl font-bold">Delivery log</h1>
        <p className="mt-4">Only administrators can see deliveries, because they name subscribers.</p>
      </>
    );
  }
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
