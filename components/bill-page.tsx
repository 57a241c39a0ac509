import Link from "next/link";
import type { ReactNode } from "react";

import { TextVersionList } from "@/components/bill-text/text-version-list";
import { Breadcrumbs } from "@/components/breadcrumbs";
import { Day } from "@/components/day";
import { SubmitButton, TextField } from "@/components/filter-fields";
import { FollowBill } from "@/components/follow-bill";
import { JsonLd } from "@/components/json-ld";
import { KeyDateList } from "@/components/key-date-list";
import { LiveUpdates } from "@/components/live-updates";
import { Markdown } from "@/components/markdown";
import { NextSteps } from "@/components/next-steps";
import { Notice } from "@/components/notice";
import { PhaseTag } from "@/components/phase-tag";
import { PositionList } from "@/components/position-list";
import { ProgressTracker } from "@/components/progress-tracker";
import { ProvisionList } from "@/components/provision-list";
import { StatusHistory } from "@/components/status-history";
import { WindowList } from "@/components/window-list";
import { queryString, type EmbedTheme, type HistoryOrder, type ParamProblem } from "@/lib/legislation/public-params";
import type { BillView } from "@/lib/legislation/bill-view";
import { formatIsoDay, today } from "@/lib/legislation/dates";
import { chamberName, legislatureName, modelOf } from "@/lib/legislation/process";
import { legislationJsonLd } from "@/lib/legislation/json-ld";
import type { BillDetail } from "@/lib/legislation/queries";

// The whole bill page, shared by the public route and the signed-in preview of a draft, so a
// preview shows exactly what the public will see.

function Facts({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="border-b border-rule py-2 sm:grid sm:grid-cols-[12rem_minmax(0,1fr)] sm:gap-4">
      <dt className="font-bold">{label}</dt>
      <dd>{children}</dd>
    </div>
  );
}

export function BillPage({
  bill,
  view,
  problems,
  canonicalUrl,
  preview = false,
  historyOrder = "newest",
  embedTheme = "auto",
}: {
  bill: BillDetail;
  view: BillView;
  problems: ParamProblem[];
  canonicalUrl: string;
  /** A draft seen by an editor: no live updates, no "earlier day" form. */
  preview?: boolean;
  historyOrder?: HistoryOrder;
  embedTheme?: EmbedTheme;
}) {
  const path = `/bills/${bill.slug}`;
  const history = historyOrder === "newest" ? [...view.history].reverse() : view.history;
  const otherOrder = historyOrder === "newest" ? "oldest" : undefined;
  const latest = view.history.filter((entry) => entry.status === "effective").at(-1);

  return (
    <article aria-labelledby="bill-title">
      <JsonLd data={legislationJsonLd(bill, view, canonicalUrl)} />
      <Breadcrumbs trail={[{ href: "/", label: "Status board" }]} current={bill.shortTitle} />

      <p className="mt-6 text-lg text-muted">
        {legislatureName(bill.jurisdiction)}
        {bill.region ? <> · {bill.region}</> : null} · {bill.session}
      </p>
      <h1 id="bill-title" className="mt-1 text-3xl font-bold leading-tight break-words sm:text-4xl">
        {bill.shortTitle}
      </h1>

      <div className="mt-4">
        <p className="max-w-3xl text-xl font-bold leading-snug sm:text-2xl">
          <span className="sr-only">{view.asOf ? "Status on that day: " : "Status: "}</span>
          <span>{view.status.sentence || "No status recorded yet"}</span>
        </p>
        <p className="mt-2 flex flex-wrap items-center gap-x-3 gap-y-1">
          <PhaseTag phase={view.status.phase} />
          {latest ? (
            <span className="text-sm text-muted">
              Latest event: {latest.stageLabel}, <Day value={latest.occurredOn} />
            </span>
          ) : null}
        </p>
        <NextSteps steps={view.status.nextSteps} keyDates={view.upcomingKeyDates} />
      </div>

      {bill.title !== bill.shortTitle ? <p className="mt-5 max-w-3xl text-xl">{bill.title}</p> : null}
      {bill.longTitle ? <p className="mt-2 max-w-3xl text-muted">{bill.longTitle}</p> : null}

      {view.asOf || preview ? null : <LiveUpdates slug={bill.slug} />}

      {view.asOf ? (
        <Notice title={`As it stood on ${formatIsoDay(view.asOf)}`}>
          <p>
            This page shows the bill&rsquo;s stage and history up to that day, as the record stands today, including
            any later corrections. <Link href={path}>See the bill today</Link>
          </p>
        </Notice>
      ) : null}

      <dl className="mt-6 max-w-3xl border-t border-rule">
        {bill.aliases.length ? <Facts label="Also known as">{bill.aliases.join(", ")}</Facts> : null}
        {bill.numbers.length ? <Facts label="Bill numbers">{bill.numbers.join(" / ")}</Facts> : null}
        {bill.sponsors.length ? (
          <Facts label="Sponsors">
            <ul>
              {bill.sponsors.map((sponsor) => (
                <li key={sponsor}>{sponsor}</li>
              ))}
            </ul>
          </Facts>
        ) : null}
        {bill.committees.length ? <Facts label="Committees">{bill.committees.join("; ")}</Facts> : null}
        {bill.topics.length ? <Facts label="Topics">{bill.topics.join(", ")}</Facts> : null}
        <Facts label="Facts last verified">
          {bill.verifiedOn ? <Day value={bill.verifiedOn} /> : "Not yet verified against the sources"}
        </Facts>
      </dl>

      {bill.editorialNote ? (
        <Notice title="Editor’s note" tone="warning">
          <p>{bill.editorialNote}</p>
        </Notice>
      ) : null}

      <section aria-labelledby="progress-heading" className="mt-10">
        <h2 id="progress-heading" className="text-2xl font-bold">
          Progress
        </h2>
        <p className="mt-1 text-sm text-muted">
          Each path of the {legislatureName(bill.jurisdiction)}&rsquo;s procedure. Steps passed without an event of their own are shown as
          done, with &ldquo;date not recorded&rdquo;.
        </p>
        <ProgressTracker status={view.status} />
        {modelOf(bill.jurisdiction).termRule ? (
          <p className="mt-4 max-w-3xl text-sm">
            <span className="font-bold">Unfinished bills: </span>
            {modelOf(bill.jurisdiction).termRule}
          </p>
        ) : null}
      </section>

      {bill.summary ? (
        <section aria-labelledby="summary-heading" className="mt-10">
          <h2 id="summary-heading" className="mb-3 text-2xl font-bold">
            Summary
          </h2>
          <Markdown source={bill.summary} />
        </section>
      ) : null}

      {bill.keyProvisions.length ? (
        <section aria-labelledby="provisions-heading" className="mt-10">
          <h2 id="provisions-heading" className="text-2xl font-bold">
            Key provisions
          </h2>
          <ul className="mt-3 max-w-3xl list-disc space-y-3 pl-6">
            {bill.keyProvisions.map((provision) => (
              <li key={provision}>
                <Markdown source={provision} />
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      <ProvisionList slug={bill.slug} provisions={bill.provisions} />

      <PositionList positions={bill.positions} />

      {bill.textVersions.length ? (
        <section aria-labelledby="text-heading" className="mt-10">
          <h2 id="text-heading" className="text-2xl font-bold">
            Text of the bill
          </h2>
          <TextVersionList slug={bill.slug} versions={bill.textVersions} />
          <p className="mt-3">
            <Link href={`${path}/text`}>All versions of the text</Link>
          </p>
        </section>
      ) : null}

      {bill.officialLinks.length ? (
        <section aria-labelledby="links-heading" className="mt-10">
          <h2 id="links-heading" className="text-2xl font-bold">
            Official links
          </h2>
          <ul className="mt-3 space-y-2">
            {bill.officialLinks.map((link) => (
              <li key={link.url}>
                <a href={link.url} rel="noopener" className="break-words">
                  {link.label}
                </a>
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      <section aria-labelledby="windows-heading" className="mt-10">
        <h2 id="windows-heading" className="text-2xl font-bold">
          Windows to take part
        </h2>
        {bill.windows.length === 0 ? (
          <p className="mt-3">No consultation, call for evidence or comment period is recorded for this bill.</p>
        ) : (
          <WindowList windows={bill.windows} today={today()} />
        )}
      </section>

      <section aria-labelledby="key-dates-heading" className="mt-10">
        <h2 id="key-dates-heading" className="text-2xl font-bold">
          Key dates
        </h2>
        {view.upcomingKeyDates.length === 0 && view.pastKeyDates.length === 0 ? (
          <p className="mt-3">No key dates are recorded for this bill.</p>
        ) : null}
        {view.upcomingKeyDates.length ? (
          <>
            <h3 className="mt-4 text-lg font-bold">Coming up</h3>
            <KeyDateList keyDates={view.upcomingKeyDates} />
          </>
        ) : null}
        {view.pastKeyDates.length ? (
          <>
            <h3 className="mt-4 text-lg font-bold">Past dates</h3>
            <KeyDateList keyDates={view.pastKeyDates} />
          </>
        ) : null}
      </section>

      <section aria-labelledby="history-heading" className="mt-10">
        <h2 id="history-heading" className="text-2xl font-bold">
          Status history
        </h2>
        <p className="mt-1 text-sm text-muted">
          {historyOrder === "newest" ? "Newest first" : "Oldest first"}. Every entry has a date and a source; corrected and
          retracted entries stay, marked.
          {preview || view.history.length < 2 ? null : (
            <>
              {" "}
              <Link href={`${path}${queryString({ asOf: view.asOf ?? undefined, order: otherOrder })}#history-heading`}>
                {historyOrder === "newest" ? "Show oldest first" : "Show newest first"}
              </Link>
            </>
          )}
        </p>
        {history.length ? (
          <StatusHistory history={history} slug={bill.slug} chamberName={(code) => chamberName(modelOf(bill.jurisdiction), code, bill.region)} />
        ) : (
          <p className="mt-3">No status events {view.asOf ? "were recorded by that day" : "are recorded yet"}.</p>
        )}
      </section>

      {preview ? null : <FollowBill slug={bill.slug} shortTitle={bill.shortTitle} origin={new URL(canonicalUrl).origin} embedTheme={embedTheme} />}

      {preview ? null : (
      <section aria-labelledby="as-of-heading" className="mt-10 bg-panel p-4 sm:p-6">
        <h2 id="as-of-heading" className="text-xl font-bold">
          See the bill on an earlier day
        </h2>
        <form method="get" action={path} className="mt-3 flex flex-wrap items-end gap-4">
          <TextField
            name="asOf"
            type="date"
            label="Day"
            hint="For a link you can cite, for example to the bill on 1 March 2025."
            defaultValue={view.asOf ?? undefined}
            problems={problems}
            className="w-full max-w-sm"
          />
          {otherOrder ? null : <input type="hidden" name="order" value="oldest" />}
          <SubmitButton>Show the bill on that day</SubmitButton>
        </form>
      </section>
      )}
    </article>
  );
}
