import type { ReactNode } from "react";

/** A calm, bordered panel for something the reader should not miss (an editor's note, a past view). */
export function Notice({ title, children, tone = "info" }: { title: string; children: ReactNode; tone?: "info" | "warning" }) {
  const border = tone === "warning" ? "border-failed-fg" : "border-link";
  return (
    <div className={`mt-6 border-l-8 ${border} bg-panel px-4 py-3`}>
      <p className="font-bold">{title}</p>
      <div className="mt-1 space-y-2">{children}</div>
    </div>
  );
}
