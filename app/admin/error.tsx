"use client";

import Link from "next/link";

import { buttonClasses } from "@/components/forms/styles";

// An unexpected failure: a calm message and a reference to quote, never the error's text (the
// server log has it, under the same digest).
export default function AdminError({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <>
      <h1 className="text-4xl font-bold">Sorry, something went wrong</h1>
      <p className="mt-4 max-w-2xl text-lg">
        Nothing you were doing has been lost on our side, but it may not have been saved. Try again. If it keeps happening,
        tell an administrator{error.digest ? <> and quote the reference <strong className="font-mono">{error.digest}</strong></> : null}.
      </p>
      <div className="mt-6 flex flex-wrap items-center gap-6">
        <button type="button" onClick={reset} className={buttonClasses.primary}>
          Try again
        </button>
        <Link href="/admin">Go to the dashboard</Link>
      </div>
    </>
  );
}
