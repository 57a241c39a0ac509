"use client";

import { usePathname } from "next/navigation";
import { useEffect, useState } from "react";

import { buttonClasses } from "@/components/forms/styles";

// Says a back-office session is about to end, before it does, so nobody loses a half-typed
// form: after SESSION_IDLE_MIN without a request (with a button to carry on), and before the
// absolute end SESSION_MAX_AGE_H after signing in (which nothing extends). The server enforces
// both whatever this shows; without JavaScript the next request simply goes to the sign-in page.
// Times arrive as durations from the server's render, so a wrong clock here does not matter.

interface Props {
  /** Milliseconds of the session left without activity, as the server rendered this page. */
  idleLeftMs: number;
  /** Milliseconds left before its absolute end. */
  totalLeftMs: number;
  idleMs: number;
}

function minutes(ms: number): string {
  const whole = Math.max(1, Math.ceil(ms / 60_000));
  return whole === 1 ? "1 minute" : `${whole} minutes`;
}

export function SessionTimeout({ idleLeftMs, totalLeftMs, idleMs }: Props) {
  const pathname = usePathname();
  const [deadlines, setDeadlines] = useState(() => ({ idle: Date.now() + idleLeftMs, total: Date.now() + totalLeftMs }));
  const [now, setNow] = useState(() => Date.now());
  const [ended, setEnded] = useState(false);
  const warnBeforeMs = Math.min(2 * 60_000, idleMs / 3);

  // A navigation or a form sent is a request: the server counted it as activity.
  useEffect(() => {
    const active = () => setDeadlines((current) => ({ ...current, idle: Date.now() + idleMs }));
    const where = () => `${window.location.pathname}${window.location.search}`;
    let seen = where();
    const timer = setInterval(() => {
      if (where() !== seen) {
        seen = where();
        active();
      }
      setNow(Date.now());
    }, 1000);
    document.addEventListener("submit", active, true);
    return () => {
      clearInterval(timer);
      document.removeEventListener("submit", active, true);
    };
  }, [idleMs]);

  const endsAt = Math.min(deadlines.idle, deadlines.total);
  const left = endsAt - now;
  const idleFirst = deadlines.idle < deadlines.total;

  async function stay() {
    // Reading the session is activity; a null session means it had already ended.
    const response = await fetch("/api/auth/session", { cache: "no-store" }).catch(() => null);
    const session = response?.ok ? ((await response.json()) as { user?: unknown } | null) : null;
    if (session?.user) setDeadlines((current) => ({ ...current, idle: Date.now() + idleMs }));
    else setEnded(true);
  }

  if (ended || left <= 0) {
    const back = `/login?callbackUrl=${encodeURIComponent(pathname)}`;
    return (
      <div role="alert" className="mx-auto mt-4 w-full max-w-6xl px-4 sm:px-6">
        <div className="border-4 border-error bg-surface p-4">
          <p className="font-bold">You have been signed out.</p>
          <p className="mt-1">
            Copy anything you have not saved, then <a href={back}>sign in again</a> to carry on.
          </p>
        </div>
      </div>
    );
  }
  if (left > warnBeforeMs) return null;
  return (
    <div role="alert" className="mx-auto mt-4 w-full max-w-6xl px-4 sm:px-6">
      <div className="border-4 border-failed-fg bg-surface p-4">
        {idleFirst ? (
          <>
            <p className="font-bold">You will be signed out in {minutes(left)} because nothing has happened for a while.</p>
            <button type="button" onClick={() => void stay()} className={`mt-3 ${buttonClasses.primary}`}>
              Stay signed in
            </button>
          </>
        ) : (
          <p className="font-bold">
            Your session ends in {minutes(left)}: sessions last a fixed time after signing in. Save your work, then sign in again.
          </p>
        )}
      </div>
    </div>
  );
}
