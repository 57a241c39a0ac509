"use client";

import { useState } from "react";

import { inputClass, buttonClasses } from "@/components/forms/styles";

/** A one-time link for the admin to copy: selectable text, plus a copy button when scripts run. */
export function LinkResult({ link, label }: { link: string; label: string }) {
  const [copied, setCopied] = useState(false);
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
          onClick={async () => {
            await navigator.clipboard.writeText(link);
            setCopied(true);
          }}
        >
          {copied ? "Copied" : "Copy link"}
        </button>
      </div>
      <p role="status" className="sr-only">
        {copied ? "Link copied" : ""}
      </p>
    </div>
  );
}
