import type { ReactNode } from "react";

import type { AfterEntry, BillStatus, PathState, Slot } from "@/lib/legislation/process/status";

import { Day } from "./day";

// The bill page's progress tracker: one row per path of the legislature's process model (the
// Senate and the House; the Commons and the Lords; then the final stages), each an ordered list
// whose current step has aria-current="step", then what happened after enactment. Every step
// says its state in words ("Done", "Where it stands", "Not reached"); the markers' shapes
// repeat it for sighted readers, so colour is never the only cue. Rows are lists down the page
// on a phone and run across from 48rem.

const markerStyles = {
  done: "bg-ink text-surface",
  current: "border-4 border-link bg-surface",
  enacted: "bg-enacted-fg text-surface ring-4 ring-enacted-bg",
  upcoming: "border-2 border-rule bg-surface",
  not_reached: "border-2 border-dashed border-rule bg-surface",
  ended: "bg-failed-fg text-surface ring-4 ring-failed-bg",
} as const;

type MarkerKind = keyof typeof markerStyles;

function Marker({ kind }: { kind: MarkerKind }) {
  const symbol = kind === "done" || kind === "enacted" ? "✓" : kind === "ended" ? "✕" : null;
  return (
    <span
      aria-hidden="true"
      className={`absolute left-0 top-0 z-10 flex h-7 w-7 items-center justify-center rounded-full text-sm font-bold ${markerStyles[kind]}`}
    >
      {symbol}
      {kind === "current" ? <span className="h-2.5 w-2.5 rounded-full bg-link" /> : null}
    </span>
  );
}

function markerOf(slot: Slot, path: PathState): MarkerKind {
  if (slot.status === "current") {
    if (slot.effect === "enacts") return "enacted";
    if (slot.effect === "ends") return "ended";
    return path.complete ? "done" : "current";
  }
  return slot.status;
}

function Reached({ slot }: { slot: Slot }) {
  const on = slot.reachedOn ? (
    <Day value={slot.reachedOn} />
  ) : slot.reachedBy ? (
    <>
      date not recorded (by <Day value={slot.reachedBy} />)
    </>
  ) : (
    "date not recorded"
  );
  return (
    <>
      {on}
      {slot.billNumber ? <> · {slot.billNumber}</> : null}
    </>
  );
}

function stateWords(slot: Slot, path: PathState): ReactNode {
  if (slot.status === "upcoming") return "Not yet";
  if (slot.status === "not_reached") return "Not reached";
  if (slot.status === "current" && !path.complete && slot.effect !== "ends") {
    return (
      <>
        Where it stands · reached <Reached slot={slot} />
      </>
    );
  }
  return (
    <>
      Done · <Reached slot={slot} />
    </>
  );
}

/** A connecting line to the next step, down the page. */
const downward = "before:absolute before:left-[13px] before:top-7 before:bottom-0 before:w-0.5 last:before:hidden";
/** The same, across the row from md. */
const connector = `${downward} md:before:left-7 md:before:-right-2 md:before:top-[13px] md:before:bottom-auto md:before:h-0.5 md:before:w-auto`;

function PathRow({ path, headingLevel }: { path: PathState; headingLevel: "h3" }) {
  const Heading = headingLevel;
  const id = `path-${path.code}`;
  return (
    <section aria-labelledby={id} className="border-t border-rule pt-3">
      <Heading id={id} className="text-lg font-bold">
        {path.label}
        {path.role ? <span className="ml-2 text-sm font-normal text-muted">{path.role}</span> : null}
      </Heading>
      <ol aria-labelledby={id} className="mt-3 md:grid md:auto-cols-[minmax(0,11rem)] md:grid-flow-col md:gap-x-2">
        {path.slots.map((slot) => {
          const reached = slot.status === "done" || slot.status === "current";
          return (
            <li
              key={slot.code}
              aria-current={slot.status === "current" ? "step" : undefined}
              className={`relative min-h-12 pb-4 pl-11 md:pl-0 md:pt-9 ${connector} ${reached ? "before:bg-ink" : "before:bg-rule"}`}
            >
              <Marker kind={markerOf(slot, path)} />
              <p className={slot.status === "current" && !path.complete ? "text-lg font-bold leading-7" : "font-bold leading-7"}>{slot.label}</p>
              <p className={`text-sm ${reached ? "" : "text-muted"}`}>{stateWords(slot, path)}</p>
            </li>
          );
        })}
      </ol>
      {path.attempts.map((attempt) => (
        <p key={`${attempt.occurredOn}-${attempt.label}`} className="mt-1 text-sm">
          <span className="font-bold">Attempt that failed:</span> {attempt.label}, <Day value={attempt.occurredOn} />
        </p>
      ))}
      {path.next ? (
        <p className="mt-1 text-sm">
          <span className="font-bold">Usual next step:</span> {path.next}
        </p>
      ) : null}
    </section>
  );
}

function AfterRow({ entries, next }: { entries: readonly AfterEntry[]; next: string | null }) {
  const latest = entries.filter((entry) => !entry.attemptFailed).at(-1);
  return (
    <section aria-labelledby="path-after" className="border-t border-rule pt-3">
      <h3 id="path-after" className="text-lg font-bold">
        After enactment
      </h3>
      {entries.length === 0 ? (
        <p className="mt-2">Nothing has been recorded since it became law.</p>
      ) : (
        <ol aria-labelledby="path-after" className="mt-3">
          {entries.map((entry) => (
            <li
              key={entry.id}
              aria-current={entry === latest ? "step" : undefined}
              className={`relative min-h-12 pb-4 pl-11 ${downward} before:bg-ink`}
            >
              <Marker kind={entry.attemptFailed ? "not_reached" : entry.effect === "ends_law" ? "ended" : "done"} />
              <p className={entry === latest ? "text-lg font-bold leading-7" : "font-bold leading-7"}>{entry.label}</p>
              <p className="text-sm">
                {entry.attemptFailed ? "Did not happen · " : ""}
                <Day value={entry.occurredOn} />
                {entry.body ? <> · {entry.body}</> : null}
              </p>
            </li>
          ))}
        </ol>
      )}
      {next ? (
        <p className="mt-1 text-sm">
          <span className="font-bold">Usual next step:</span> {next}
        </p>
      ) : null}
    </section>
  );
}

/** The large tracker: every path, the ending if the journey ended, and life after enactment. */
export function ProgressTracker({ status }: { status: BillStatus }) {
  const { ending } = status;
  return (
    <div className="mt-3 space-y-4">
      {status.paths.map((path) => (
        <PathRow key={path.code} path={path} headingLevel="h3" />
      ))}
      {ending ? (
        <section aria-labelledby="path-ending" className="border-l-4 border-failed-fg bg-failed-bg p-3 text-failed-fg">
          <h3 id="path-ending" className="text-lg font-bold">
            Ended: {ending.label}
          </h3>
          <p className="text-sm">
            Did not become law{ending.occurredOn ? <> · <Day value={ending.occurredOn} /></> : null}
          </p>
          {ending.rule ? (
            <p className="mt-1 text-sm">
              {ending.rule.text}{" "}
              <a href={ending.rule.sourceUrl} rel="noopener" className="text-failed-fg">
                The rule
              </a>
            </p>
          ) : null}
        </section>
      ) : null}
      {status.after ? <AfterRow entries={status.after.entries} next={status.after.next} /> : null}
    </div>
  );
}
