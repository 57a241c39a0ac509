import type { Metadata } from "next";
import Link from "next/link";

export const metadata: Metadata = { title: "Check your email", robots: { index: false } };

export default function SubscribeSentPage() {
  return (
    <>
      <h1 className="text-4xl font-bold leading-tight">Check your email</h1>
      <p className="mt-4 max-w-2xl text-lg">
        We have sent you an email with a link. Open it and press <strong>Confirm</strong> to start your alerts.
      </p>
      <p className="mt-4 max-w-2xl">
        The link works once, for 7 days. Until you confirm, we send you nothing else, and if you never confirm we delete your
        address.
      </p>
      <h2 className="mt-8 text-2xl font-bold">No email?</h2>
      <p className="mt-2 max-w-2xl">
        Look in your spam or junk folder. If it is not there after a few minutes, <Link href="/subscribe">sign up again</Link>.
      </p>
    </>
  );
}
