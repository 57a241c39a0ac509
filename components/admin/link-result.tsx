"use client";

import { useState } from "react";

import { inputClass, buttonClasses } from "@/components/forms/styles";

/** A one-time link for the admin to copy: selectable text, plus a copy button when scripts run. */
export function LinkResult({ link, label }: { link: string; label: string }) {
  const [copied, setCopied] = useState<"no" | "yes" | "select">("no");
  return (
    <div className="mt-4 max-w-3xl">
      <label htmlFor="one-time-link" className="block font-bold">
        {label}
      </label>
      <div className="mt-2 flex flex-wrap gap-3">
        <input id="one-time-link" readOnly value={link} className={`${inputClass} grow font-mono text-sm`} onFocus={(event) => event.currentTarget.select()} />
        <button
          type="button"
          className={buttonClasses.secondary}
          onClick={async (event) => {
            // The clipboard API exists only on HTTPS (and localhost); elsewhere, select the text.
            const copiedToClipboard = await navigator.clipboard?.writeText(link).then(
              () => true,
              () => false,
            );
            if (copiedToClipboard) return setCopied("yes");
            const input = event.currentTarget.parentElement?.querySelector("input");
            input?.focus();
            input?.select();
            setCopied("select");
          }}
        >
          {copied === "yes" ? "Copied" : "Copy link"}
        </button>
      </div>
      <p role="status" className={copied === "select" ? "mt-2" : "sr-only"}>
        {copied === "yes" ? "Link copied." : copied === "select" ? "The link is selected: press Ctrl+C (or ⌘C) to copy it." : ""}
      </p>
    </div>
  );
}
