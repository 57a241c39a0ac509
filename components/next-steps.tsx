import type { NextStep } from "@/lib/legislation/process/status";
import type { KeyDateData } from "@/lib/legislation/queries";

import { Day } from "./day";

// What usually comes next, from the legislature's process model, and the key dates ahead: both
// labelled for what they are, never as a prediction.

export function NextSteps({ steps, keyDates = [], compact = false }: { steps: readonly NextStep[]; keyDates?: readonly KeyDateData[]; compact?: boolean }) {
  if (steps.length === 0 && keyDates.length === 0) return null;
  if (compact) {
    return (
      <p className="mt-2 text-sm">
        <span className="font-bold">Usual next step: </span>
        {steps.map((step) => (steps.length > 1 ? `${step.pathLabel}: ${step.text}` : step.text)).join("; ")}
      </p>
    );
  }
  return (
    <div className="mt-4 max-w-3xl border-l-4 border-link pl-4">
      {steps.length ? (
        <>
          <p className="font-bold">Usual next step</p>
          <ul className="mt-1 space-y-1">
            {steps.map((step) => (
              <li key={step.path}>
                {steps.length > 1 ? <span className="font-bold">{step.pathLabel}: </span> : null}
                {step.text}
              </li>
            ))}
          </ul>
          <p className="mt-1 text-sm text-muted">What the legislature&rsquo;s procedure usually does next; not a prediction.</p>
        </>
      ) : null}
      {keyDates.length ? (
        <>
          <p className={`font-bold ${steps.length ? "mt-3" : ""}`}>Dates ahead</p>
          <ul className="mt-1 space-y-1">
            {keyDates.map((keyDate) => (
              <li key={keyDate.id}>
                <Day value={keyDate.date} />: {keyDate.title}
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </div>
  );
}
