"use client";

import { useEffect, useRef, type ReactNode } from "react";

/**
 * GOV.UK's success notification banner, at the top of the page after a change: focused when it
 * appears, so the confirmation is seen and read out, with a link to what changed further down.
 * Without JavaScript the page simply opens at the top, where the banner is.
 */
export function SuccessBanner({ children, link }: { children: ReactNode; link?: { href: string; label: string } }) {
  const banner = useRef<HTMLDivElement>(null);
  useEffect(() => banner.current?.focus(), []);
  return (
    <div ref={banner} role="status" tabIndex={-1} aria-labelledby="success-banner-title" className="mt-6 max-w-3xl border-4 border-success focus:outline-4 focus:outline-offset-2">
      <h2 id="success-banner-title" className="bg-success px-4 py-1 font-bold text-surface">
        Success
      </h2>
      <div className="p-4">
        <p className="text-lg font-bold">{children}</p>
        {link ? (
          <p className="mt-2">
            <a href={link.href}>{link.label}</a>
          </p>
        ) : null}
      </div>
    </div>
  );
}
