import type { Metadata } from "next";
import Link from "next/link";

import { AlertScope } from "@/components/alerts/alert-scope";
import { buttonStyles } from "@/components/alerts/button-styles";
import { Panel } from "@/components/alerts/panel";
import { findUnsubscription } from "@/lib/alerts/queries";
import { db } from "@/lib/db/client";

export const dynamic = "force-dynamic";

export const metadata: Metadata = { title: "Stop email alerts", robots: { index: false } };

type Search = Promise<Record<string, string | string[] | undefined>>;

// The link at the foot of every alert. Opening it changes nothing (link checkers open links);
// the button posts to the same one-click endpoint mail programs use (app/api/alerts/unsubscribe).
export default async function UnsubscribePage({ searchParams }: { searchParams: Search }) {
  const query = await searchParams;
  if (query.status === "done") {
    return (
      <>
        <Panel title="You have been unsubscribed">We will not email you again, and we have deleted your address.</Panel>
        <p className="mt-6 max-w-2xl">
          Changed your mind? <Link href="/subscribe">Sign up again</Link>.
        </p>
      </>
    );
  }
  const token = typeof query.token === "string" ? query.token : "";
  const subscription = query.status === "invalid" ? null : await findUnsubscription(db, token);
  if (!subscription) {
    return (
      <>
        <h1 className="text-4xl font-bold leading-tight">There is nothing to stop</h1>
        <p className="mt-4 max-w-2xl text-lg">
          These alerts have already been stopped, or the link is not complete. If you still get emails, use the link in the
          latest one.
        </p>
      </>
    );
  }
  return (
    <>
      <h1 className="text-4xl font-bold leading-tight">Stop email alerts</h1>
      <p className="mt-4 max-w-2xl text-lg">
        You get <AlertScope subscription={subscription} />.
      </p>
      <form method="post" action={`/api/alerts/unsubscribe?token=${encodeURIComponent(token)}`} className="mt-6">
        <button type="submit" className={`px-4 py-2 text-lg ${buttonStyles.warning}`}>
          Unsubscribe
        </button>
      </form>
    </>
  );
}
