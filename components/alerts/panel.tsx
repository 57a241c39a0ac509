import type { ReactNode } from "react";

/** A confirmation panel in the GOV.UK style: the outcome of a journey, said plainly. */
export function Panel({ title, children }: { title: string; children?: ReactNode }) {
  return (
    <div className="bg-enacted-bg p-6 text-enacted-fg">
      <h1 className="text-3xl font-bold leading-tight">{title}</h1>
      {children ? <div className="mt-3 text-lg">{children}</div> : null}
    </div>
  );
}
