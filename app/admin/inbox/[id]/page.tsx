import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";

import { AcceptTextVersionForm } from "@/components/admin/accept-text-version-form";
import { DismissForm } from "@/components/admin/dismiss-form";
import { StatusEventForm, emptyEvent, type EventFormValues } from "@/components/admin/status-event-form";
import { SuggestedTextVersionLine } from "@/components/admin/suggested-text-version";
import { DateTime } from "@/components/admin/time";
import { Day } from "@/components/day";
import { can } from "@/lib/auth/policy";
import { requirePermission } from "@/lib/auth/session";
import { db } from "@/lib/db/client";
import { billOptions } from "@/lib/legislation/admin-queries";
import { todayIn } from "@/lib/legislation/dates";
import { modelOf } from "@/lib/legislation/process";
import { getSuggestion } from "@/lib/source-watch/queries";

import { acceptSuggestionAction, acceptTextSuggestionAction, dismissSuggestionAction } from "../actions";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Review a suggestion", robots: { index: false } };

export default async function SuggestionPage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requirePermission("read:bill:any");
  const { id } = await params;
  const suggestion = await getSuggestion(db, id);
  if (!suggestion) notFound();
  const { bill } = suggestion;
  const canDecide = can(actor.role, "record:statusEvent:any");
  const initial: EventFormValues = {
    ...emptyEvent,
    step: suggestion.path && suggestion.stage ? `${suggestion.path}:${suggestion.stage}` : "",
    occurredOn: suggestion.occurredOn,
    chamber: suggestion.chamber ?? "",
    billNumber: suggestion.billNumber && bill.numbers.includes(suggestion.billNumber) ? suggestion.billNumber : "",
    attemptFailed: suggestion.attemptFailed ? "yes" : "",
    body: suggestion.body ?? "",
    description: suggestion.description,
    vote: suggestion.vote ?? "",
    sourceUrl: suggestion.sourceUrl,
    sourceKind: "official",
  };
  const { textVersion } = suggestion;
  const bills = canDecide && suggestion.state === "new" && !textVersion ? await billOptions(db) : [];
  const dismissSection = (
    <section aria-labelledby="dismiss-heading" className="mt-8 max-w-4xl">
      <h2 id="dismiss-heading" className="text-2xl font-bold">
        Or dismiss
      </h2>
      <p className="mt-2">{textVersion ? "If this version is not one the tracker needs, say why." : "If it is already recorded, or not a step worth recording, say why."}</p>
      <DismissForm action={dismissSuggestionAction} suggestionId={suggestion.id} />
    </section>
  );

  return (
    <>
      <p className="text-lg text-muted">
        <Link href="/admin/inbox">Inbox</Link>
      </p>
      <h1 className="mt-1 text-4xl font-bold">Review a suggestion</h1>
      <div className="mt-6 max-w-3xl border-l-4 border-rule pl-4">
        <p className="font-bold">
          <Link href={`/admin/bills/${bill.id}/history`}>{bill.shortTitle}</Link>
          {suggestion.billNumber ? ` (${suggestion.billNumber})` : null}
          {textVersion ? null : <>: <Day value={suggestion.occurredOn} /></>}
        </p>
        {textVersion ? (
          <p className="mt-1">
            <SuggestedTextVersionLine version={textVersion} />
          </p>
        ) : (
          <>
            <p className="mt-1">{suggestion.stepLabel ?? "The rules could not place this action: choose the step below."}</p>
            {/* Official wording, from outside: shown as text, never as HTML. */}
            <blockquote className="mt-2 whitespace-pre-line">{suggestion.description}</blockquote>
          </>
        )}
        <p className="mt-2">
          <a href={suggestion.sourceUrl} rel="noreferrer">
            {textVersion ? "The file on govinfo" : "The official record"}
          </a>
        </p>
      </div>
      {suggestion.state !== "new" ? (
        <p className="mt-6 text-lg">
          This suggestion was {suggestion.state}
          {suggestion.decidedBy ? ` by ${suggestion.decidedBy}` : ""}
          {suggestion.decidedAt ? (
            <>
              {" "}
              on <DateTime iso={suggestion.decidedAt} />
            </>
          ) : null}
          {suggestion.dismissReason ? `: ${suggestion.dismissReason}` : "."}{" "}
          {suggestion.eventId ? <Link href={`/admin/bills/${bill.id}/history#event-${suggestion.eventId}`}>See the recorded step</Link> : null}
          {textVersion && suggestion.state === "accepted" ? <Link href={`/bills/${bill.slug}/text/${textVersion.code}`}>See the imported text</Link> : null}
        </p>
      ) : canDecide && textVersion ? (
        <>
          <section aria-labelledby="accept-heading" className="mt-8 max-w-4xl bg-panel p-4 sm:p-6">
            <h2 id="accept-heading" className="text-2xl font-bold">
              Accept
            </h2>
            <p className="mt-2">
              Accepting fetches this file from govinfo and imports it as the bill&apos;s {textVersion.name} text, on its public page. If the
              file cannot be fetched or read, nothing is imported and the suggestion keeps waiting.
            </p>
            <AcceptTextVersionForm action={acceptTextSuggestionAction} suggestionId={suggestion.id} />
          </section>
          {dismissSection}
        </>
      ) : canDecide ? (
        <>
          <section aria-labelledby="accept-heading" className="mt-8 max-w-4xl bg-panel p-4 sm:p-6">
            <h2 id="accept-heading" className="text-2xl font-bold">
              Accept
            </h2>
            <p className="mt-2">The form is filled in from the official record. Correct anything that is wrong, then record it.</p>
            <StatusEventForm
              action={acceptSuggestionAction}
              jurisdiction={bill.jurisdiction}
              region={bill.region}
              numbers={bill.numbers}
              otherBills={bills.filter((other) => other.id !== bill.id)}
              billId={bill.id}
              initial={initial}
              submitLabel="Accept and record"
              cancelHref="/admin/inbox"
              today={todayIn(modelOf(bill.jurisdiction).timeZone)}
              hidden={{ suggestionId: suggestion.id }}
            />
          </section>
          {dismissSection}
        </>
      ) : null}
    </>
  );
}
