import Link from "next/link";

import { Day } from "@/components/day";
import { daysLeft, participationKindLabels, windowState, windowStateLabels, type WindowData, type WindowState } from "@/lib/legislation/windows";

const stateStyles: Record<WindowState, string> = {
  upcoming: "bg-pending-bg text-pending-fg",
  open: "bg-enacted-bg text-enacted-fg",
  closing_soon: "bg-notice-bg text-notice-fg",
  closed: "bg-panel text-ink",
};

/** Open, closing soon, not open yet or closed: in words, so colour is never the only cue. */
export function WindowStateTag({ state }: { state: WindowState }) {
  return <strong className={`inline-block px-2 py-0.5 text-sm font-bold ${stateStyles[state]}`}>{windowStateLabels[state]}</strong>;
}

function WindowItem({ window, today, bill }: { window: WindowData; today: string; bill?: { slug: string; shortTitle: string } }) {
  const state = windowState(window, today);
  const left = daysLeft(window, today);
  return (
    <li className="border-l-4 border-link pl-3">
      <p className="flex flex-wrap items-center gap-x-2 gap-y-1">
        <WindowStateTag state={state} />
        <span className="text-sm">{participationKindLabels[window.kind]}</span>
      </p>
      <p className="mt-1 font-bold">{window.title}</p>
      {bill ? (
        <p className="text-sm">
          <Link href={`/bills/${bill.slug}`}>{bill.shortTitle}</Link>
        </p>
      ) : null}
      <p className="text-sm">
        Run by {window.runBy}. Open <Day value={window.opensOn} /> to <Day value={window.closesOn} />
        {state === "open" || state === "closing_soon" ? <>, {left === 0 ? "last day today" : left === 1 ? "1 day left" : `${left} days left`}</> : null}.
      </p>
      {window.description ? <p className="text-sm text-muted">{window.description}</p> : null}
      {state === "closed" ? null : (
        <p className="text-sm">
          <a href={window.respondUrl} rel="noopener">
            How to respond<span className="sr-only"> to {window.title}</span>
          </a>
        </p>
      )}
    </li>
  );
}

/** Windows to take part with where each stands on `today`. */
export function WindowList({ windows, today }: { windows: readonly (WindowData & { bill?: { slug: string; shortTitle: string } })[]; today: string }) {
  return (
    <ul className="mt-3 space-y-4">
      {windows.map((window) => (
        <WindowItem key={window.id} window={window} today={today} bill={window.bill} />
      ))}
    </ul>
  );
}
