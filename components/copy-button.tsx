"use client";

import { useState, useSyncExternalStore } from "react";

import { buttonClasses } from "@/components/forms/styles";

const noChange = () => () => {};
const canCopy = () => !!navigator.clipboard;
const cannotCopy = () => false;

/**
 * Copies a text to the clipboard and says so. It appears only once JavaScript can copy: without
 * it, the code above stays selectable as it is.
 */
export function CopyButton({ text, label }: { text: string; label: string }) {
  // False on the server and during hydration, so the server's HTML and the first render agree.
  const available = useSyncExternalStore(noChange, canCopy, cannotCopy);
  const [copied, setCopied] = useState<"idle" | "done" | "failed">("idle");
  if (!available) return null;
  return (
    <p className="mt-2 flex flex-wrap items-center gap-3">
      <button
        type="button"
        className={buttonClasses.secondary}
        onClick={() =>
          navigator.clipboard.writeText(text).then(
            () => setCopied("done"),
            () => setCopied("failed"),
          )
        }
      >
        {label}
      </button>
      <span role="status" className="font-bold">
        {copied === "done" ? "Copied." : copied === "failed" ? "Could not copy: select the code and copy it yourself." : ""}
      </span>
    </p>
  );
}
