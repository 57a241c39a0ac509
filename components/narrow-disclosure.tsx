import type { ReactNode } from "react";

/**
 * Content that takes the whole first screen of a phone (the board's filters, the back office's
 * menu) folded behind a summary there, as GOV.UK does, and simply shown on wider screens. It is
 * a native <details>, so it works without JavaScript and is announced as a disclosure.
 */
export function NarrowDisclosure({
  summary,
  open = false,
  className = "",
  summaryClassName = "text-link",
  children,
}: {
  summary: ReactNode;
  open?: boolean;
  className?: string;
  /** The summary's colour, where the link colour would not read (the black header). */
  summaryClassName?: string;
  children: ReactNode;
}) {
  return (
    <details open={open} className={`narrow-disclosure ${className}`}>
      <summary className={`cursor-pointer py-2 font-bold underline underline-offset-2 ${summaryClassName}`}>{summary}</summary>
      {children}
    </details>
  );
}
