import type { Metadata } from "next";

import { SubscribeForm } from "@/components/alerts/subscribe-form";
import { initialSubscribeState } from "@/lib/alerts/form-state";
import { listSubscribableBills } from "@/lib/alerts/queries";
import { ALL_BILLS } from "@/lib/alerts/choices";
import { db } from "@/lib/db/client";

import { subscribeAction } from "./actions";

export const dynamic = "force-dynamic";

export const metadata: Metadata = { title: "Get email alerts" };

export default async function SubscribePage({ searchParams }: { searchParams: Promise<{ bill?: string | string[] }> }) {
  const [bills, { bill }] = await Promise.all([listSubscribableBills(db), searchParams]);
  const chosen = typeof bill === "string" && bills.some((candidate) => candidate.slug === bill) ? bill : ALL_BILLS;
  return (
    <>
      <h1 className="text-4xl font-bold leading-tight">Get email alerts</h1>
      <p className="mt-4 max-w-2xl text-lg">
        We will email you when a bill moves to a new stage, and when we correct something we published. Every email has a
        link to stop them with one click.
      </p>
      <p className="mt-4 max-w-2xl">
        Prefer a feed reader? Every change is also in the <a href="/feed.xml">Atom feed</a>.
      </p>
      <SubscribeForm action={subscribeAction} bills={bills} initialState={initialSubscribeState(chosen)} />
    </>
  );
}
