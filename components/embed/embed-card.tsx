import { LiveUpdates } from "@/components/live-updates";
import { SourceLink } from "@/components/source-link";
import { PhaseTag } from "@/components/phase-tag";
import type { EmbedBill } from "@/lib/embed/queries";
import { formatDay, parseDay } from "@/lib/legislation/dates";
import { legislatureName } from "@/lib/legislation/process";
import { site } from "@/lib/site-config";

import { EmbedTracker } from "./embed-tracker";

function day(value: string): string {
  const parsed = parseDay(value);
  return parsed ? formatDay(parsed) : value;
}

/**
 * The widget advocates put in an iframe: where the bill stands, its latest sourced step, and a
 * way back to the full history. Links open a new tab, so they work inside any iframe. With
 * JavaScript on, it follows the bill live like the bill page does.
 */
export function EmbedCard({ bill, theme, siteUrl }: { bill: EmbedBill; theme: "light" | "dark" | undefined; siteUrl: string }) {
  const billUrl = `${siteUrl}/bills/${encodeURIComponent(bill.slug)}`;
  return (
    <div data-embed-theme={theme} className="min-h-screen bg-surface p-3 text-sm text-ink">
      <main aria-labelledby="embed-title">
        <h1 id="embed-title" className="text-lg font-bold leading-tight">
          <a href={billUrl} target="_blank" rel="noopener">
            {bill.shortTitle}
          </a>
        </h1>
        <p className="text-xs text-muted">
          {legislatureName(bill.jurisdiction)}
          {bill.numbers.length ? <> · {bill.numbers.join(" / ")}</> : null}
        </p>
        <p className="mt-2 font-bold">{bill.sentence}</p>
        <p className="mt-1">
          <PhaseTag phase={bill.phase} />
        </p>
        <EmbedTracker paths={bill.paths} />
        {bill.latest ? (
          <p className="mt-3">
            <span className="font-bold">Latest: </span>
            <time dateTime={bill.latest.occurredOn}>{day(bill.latest.occurredOn)}</time> · {bill.latest.description}{" "}
            <span className="whitespace-nowrap text-xs">
              <SourceLink url={bill.latest.sourceUrl} kind={bill.latest.sourceKind} />
            </span>
          </p>
        ) : null}
        <LiveUpdates slug={bill.slug} />
        <p className="mt-3 text-xs text-muted">
          <a href={billUrl} target="_blank" rel="noopener">
            Full history on {site.name}
          </a>
          {bill.verifiedOn ? <> · checked {day(bill.verifiedOn)}</> : null}
        </p>
      </main>
    </div>
  );
}
