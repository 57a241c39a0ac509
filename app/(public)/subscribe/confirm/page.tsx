import type { Metadata } from "next";
import Link from "next/link";

import { AlertScope } from "@/components/alerts/alert-scope";
import { buttonStyles } from "@/components/alerts/button-styles";
import { Panel } from "@/components/alerts/panel";
import { findConfirmation, listSubscribableBills } from "@/lib/alerts/queries";
import { db } from "@/lib/db/client";

import { confirmAction } from "../actions";

export const dynamic = "force-dynamic";

export const metadata: Metadata = { title: "Confirm your alerts", robots: { index: false } };

type Search = Promise<Record<string, string | string[] | undefined>>;

function one(value: string | string[] | undefined): string {
  return typeof value === "string" ? value : "";
}

// Opening the link only shows this page; confirming takes a button press (a POST), so a mail
// scanner that follows links cannot confirm on someone's behalf.
export default async function ConfirmPage({ searchParams }: { searchParams: Search }) {
  const query = await searchParams;
  const status = one(query.status);

  if (status === "confirmed") {
    const slug = one(query.bill);
    const bill = slug === "all" ? null : ((await listSubscribableBills(db)).find((candidate) => candidate.slug === slug) ?? null);
    const frequency = one(query.frequency) === "daily" ? "daily" : "immediate";
    return (
      <>
        <Panel title="Your alerts are on">
          You will get <AlertScope subscription={{ bill, frequency }} />.
        </Panel>
        <p className="mt-6 max-w-2xl">Every email has a link to stop them. <Link href="/">Back to the status board</Link>.</p>
      </>
    );
  }

  if (status === "expired" || status === "invalid") {
    return (
      <>
        <h1 className="text-4xl font-bold leading-tight">This link does not work</h1>
        <p className="mt-4 max-w-2xl text-lg">
          {status === "expired"
            ? "Confirmation links work for 7 days, and this one has expired."
            : "It has already been used, or it is not a complete confirmation link."}
        </p>
        <p className="mt-4">
          <Link href="/subscribe">Sign up again</Link> to get a new link.
        </p>
      </>
    );
  }

  const token = one(query.token);
  const subscription = await findConfirmation(db, token);
  if (!subscription) {
    return (
      <>
        <h1 className="text-4xl font-bold leading-tight">This link does not work</h1>
        <p className="mt-4 max-w-2xl text-lg">
          It has already been used, or it is not a complete confirmation link. Copy the whole link from the email, or{" "}
          <Link href="/subscribe">sign up again</Link>.
        </p>
      </>
    );
  }
  return (
    <>
      <h1 className="text-4xl font-bold leading-tight">Confirm your alerts</h1>
      <p className="mt-4 max-w-2xl text-lg">
        You asked for <AlertScope subscription={subscription} />.
      </p>
      <form action={confirmAction} className="mt-6">
        <input type="hidden" name="token" value={token} />
        <button type="submit" className={`px-4 py-2 text-lg ${buttonStyles.primary}`}>
          Confirm
        </button>
      </form>
    </>
  );
}
