import type { Metadata } from "next";
import Link from "next/link";

import { CodeBlock } from "@/components/open-data/code-block";
import { ParameterTable } from "@/components/open-data/parameter-table";
import { siteUrl } from "@/lib/config";
import { site } from "@/lib/site-config";

// The human guide to the open data. The OpenAPI document is the precise reference; this page
// says what is there, how to use it, and shows each thing once with a working example.
export const dynamic = "force-dynamic";

export const metadata: Metadata = {
  title: "Open data: API, feeds and embeds",
  description: "Reuse the tracker's data: a JSON API, exports, Atom and calendar feeds, webhooks and embeddable widgets.",
};

const sections = [
  { id: "feeds", title: "Feeds and calendars" },
  { id: "api", title: "JSON API" },
  { id: "sync", title: "Keeping a copy up to date" },
  { id: "caching", title: "Caching" },
  { id: "errors", title: "Errors" },
  { id: "exports", title: "Exports" },
  { id: "webhooks", title: "Webhooks" },
  { id: "embeds", title: "Embedding a bill on your site" },
];

function Section({ id, title, children }: { id: string; title: string; children: React.ReactNode }) {
  return (
    <section aria-labelledby={`${id}-title`} className="mt-12">
      <h2 id={`${id}-title`} className="text-3xl font-bold leading-tight">
        <span id={id}>{title}</span>
      </h2>
      {children}
    </section>
  );
}

const p = "mt-4 max-w-3xl";

export default function ApiGuidePage() {
  const origin = siteUrl();
  return (
    <>
      <h1 className="text-4xl font-bold leading-tight">Open data: API, feeds and embeds</h1>
      <p className="mt-4 max-w-3xl text-lg">
        Everything {site.name} publishes is free to reuse in your own newsletters, sites and tools: no key, no sign-up, readable
        from any site (CORS is open). Every status has a date and a source; corrections are published, never hidden.
      </p>
      <nav aria-labelledby="contents-title" className="mt-8">
        <h2 id="contents-title" className="text-xl font-bold">
          Contents
        </h2>
        <ul className="mt-2 list-disc space-y-1 pl-6">
          {sections.map((section) => (
            <li key={section.id}>
              <a href={`#${section.id}`}>{section.title}</a>
            </li>
          ))}
        </ul>
      </nav>

      <Section id="feeds" title="Feeds and calendars">
        <p className={p}>
          Follow changes in any feed reader. Each entry is one status event; when we correct it, the same entry is updated (it
          keeps its id), so you see the correction rather than a duplicate.
        </p>
        <ul className="mt-4 max-w-3xl list-disc space-y-2 pl-6">
          <li>
            <a href="/feed.xml">
              <code>/feed.xml</code>
            </a>
            : every status change (Atom).
          </li>
          <li>
            <code>/bills/&lt;slug&gt;/feed.xml</code>: one bill, e.g.{" "}
            <a href="/bills/take-it-down-act/feed.xml">
              <code>/bills/take-it-down-act/feed.xml</code>
            </a>
            .
          </li>
          <li>
            <a href="/calendar.ics">
              <code>/calendar.ics</code>
            </a>{" "}
            and <code>/bills/&lt;slug&gt;/calendar.ics</code>: key dates such as compliance deadlines (iCalendar). Subscribe to
            the address in your calendar app and it stays current.
          </li>
        </ul>
      </Section>

      <Section id="api" title="JSON API">
        <p className={p}>
          Version 1 lives under <code>/api/v1</code>. The{" "}
          <a href="/api/v1/openapi.json">OpenAPI 3.1 description</a> is the exact reference for every field; load it into any
          OpenAPI tool to generate a client.
        </p>
        <h3 className="mt-8 text-2xl font-bold">List bills</h3>
        <p className={p}>
          <code>GET /api/v1/bills</code> lists published bills, 50 at a time, in a stable order: by when they last changed,
          oldest first. Follow <code>links.next</code> (also sent as a <code>Link</code> header) for the next page.
        </p>
        <ParameterTable />
        <CodeBlock label="Example: UK bills">{`curl '${origin}/api/v1/bills?jurisdiction=uk'

{
  "data": [
    {
      "slug": "uk-crime-and-policing-bill",
      "url": "${origin}/bills/uk-crime-and-policing-bill",
      "shortTitle": "Crime and Policing Bill",
      "jurisdiction": "uk",
      "stage": "royal_assent",
      "path": "final",
      "stageLabel": "Royal Assent",
      "outcome": "enacted",
      "phase": "in_force",
      "status": "Law; in force in part",
      "nextSteps": [{ "path": "after", "pathLabel": "After enactment", "text": "Commencement of the remaining provisions" }],
      "lastEventOn": "2026-06-29",
      "updatedAt": "2026-12-02T09:00:00.000Z",
      …
    }
  ],
  "nextCursor": null,
  "links": { "self": "…", "next": null }
}`}</CodeBlock>
        <h3 className="mt-8 text-2xl font-bold">One bill, with its full history</h3>
        <p className={p}>
          <code>GET /api/v1/bills/&lt;slug&gt;</code> adds the summary, sponsors, links, every status event (oldest first, with
          superseded and retracted ones marked as such), key dates and a list of corrections. It also says where the bill
          stands on each path of its legislature&rsquo;s procedure (<code>paths</code>: the Senate and the House, the Commons and
          the Lords, the final stages), what happened after enactment (<code>afterEnactment</code>) and how its journey ended, if
          it did (<code>ending</code>: for a bill of an ended Congress, <code>derived</code> is true and <code>rule</code> says why).
          Each event names its <code>path</code>, the bill number it concerns, and whether it was an attempt that failed.
        </p>
        <CodeBlock label="Example: one bill">{`curl '${origin}/api/v1/bills/take-it-down-act'`}</CodeBlock>
        <h3 className="mt-8 text-2xl font-bold">A bill&rsquo;s text, and what changed between versions</h3>
        <p className={p}>
          <code>GET /api/v1/bills/&lt;slug&gt;/versions</code> lists the versions of the bill&rsquo;s text imported so far
          (<code>is</code> introduced in the Senate, <code>rs</code> reported, <code>enr</code> enrolled…), oldest first.{" "}
          <code>/versions/&lt;code&gt;</code> gives one as a tree of sections, each part with the anchor it has on the reading
          page (<code>sec-3-a</code>). <code>/versions/compare?from=is&amp;to=rs</code> gives the redline: sections aligned
          (added, removed, moved, renumbered), then the words of each changed part as runs of <code>same</code>,{" "}
          <code>ins</code> and <code>del</code>; <code>toBill=&lt;slug&gt;</code> compares with a companion bill&rsquo;s
          version.
        </p>
        <CodeBlock label="Example: a redline">{`curl '${origin}/api/v1/bills/<slug>/versions/compare?from=is&to=rs'`}</CodeBlock>
      </Section>

      <Section id="sync" title="Keeping a copy up to date">
        <p className={p}>
          To mirror the tracker, fetch everything once, remember the latest <code>updatedAt</code> you received, and next time
          ask only for what changed since then with <code>updatedSince</code>. The bound is inclusive, so the last bill you saw
          comes back once more: store bills by <code>slug</code> and a repeat is harmless, while nothing that changed in the
          same millisecond is ever missed.
        </p>
        <CodeBlock label="Example: incremental sync in JavaScript">{`let since = loadCheckpoint(); // null the first time
let url = \`${origin}/api/v1/bills?limit=100\${since ? \`&updatedSince=\${encodeURIComponent(since)}\` : ""}\`;
while (url) {
  const page = await (await fetch(url)).json();
  for (const bill of page.data) {
    saveBill(bill.slug, bill);
    since = bill.updatedAt;
  }
  url = page.links.next;
}
saveCheckpoint(since);`}</CodeBlock>
      </Section>

      <Section id="caching" title="Caching">
        <p className={p}>
          Every answer from the API and the feeds carries an <code>ETag</code> and, where there is data, a{" "}
          <code>Last-Modified</code> date. Send them back as <code>If-None-Match</code> or <code>If-Modified-Since</code>: if
          nothing changed you get <code>304 Not Modified</code> with no body. Please poll no more than once a minute.
        </p>
        <CodeBlock label="Example: a conditional request">{`curl -i '${origin}/feed.xml' -H 'If-None-Match: "…the ETag you got…"'

HTTP/1.1 304 Not Modified`}</CodeBlock>
      </Section>

      <Section id="errors" title="Errors">
        <p className={p}>
          Errors are <a href="https://www.rfc-editor.org/rfc/rfc9457">RFC 9457</a> problem details (
          <code>application/problem+json</code>): <code>title</code> and <code>detail</code> say what was wrong in words, and
          for bad parameters <code>errors</code> names each one with the reason. Unknown parameters are refused rather than
          ignored, so a typo never silently returns everything.
        </p>
        <CodeBlock label="Example: a bad parameter">{`curl '${origin}/api/v1/bills?jurisdicton=uk'

{
  "type": "${origin}/api#problem-invalid-parameter",
  "title": "A parameter is not valid",
  "status": 400,
  "detail": "Check these parameters: jurisdicton.",
  "errors": [{ "name": "jurisdicton", "reason": "Not a parameter of this endpoint. Use q, jurisdiction, stage, phase, since, updatedSince, cursor or limit." }]
}`}</CodeBlock>
        <dl className="mt-4 max-w-3xl">
          <dt id="problem-invalid-parameter" className="mt-3 font-bold">
            invalid-parameter (400)
          </dt>
          <dd>A parameter is missing a valid value, is given twice, or is not one the endpoint takes.</dd>
          <dt id="problem-not-found" className="mt-3 font-bold">
            not-found (404)
          </dt>
          <dd>There is no published bill with that slug, or no endpoint at that address.</dd>
          <dt id="problem-server-error" className="mt-3 font-bold">
            server-error (500)
          </dt>
          <dd>Our fault. Try again shortly; if it persists, tell us the reference in the detail.</dd>
          <dt id="problem-unavailable" className="mt-3 font-bold">
            unavailable (503)
          </dt>
          <dd>
            The database is briefly out of reach (a restart, say). Nothing was read or changed: wait the seconds in the
            Retry-After header and try again.
          </dd>
        </dl>
      </Section>

      <Section id="exports" title="Exports">
        <p className={p}>Everything at once: every published bill and every status event.</p>
        <ul className="mt-4 max-w-3xl list-disc space-y-2 pl-6">
          <li>
            <a href="/api/v1/export.json">
              <code>/api/v1/export.json</code>
            </a>
            : the same shape as the single-bill endpoint, for every bill.
          </li>
          <li>
            <a href="/api/v1/export.csv">
              <code>/api/v1/export.csv</code>
            </a>
            : one row per status event with the bill&apos;s columns repeated (UTF-8, opens in any spreadsheet). A cell that
            begins with =, +, - or @ gets a leading apostrophe, so that a spreadsheet shows it as text instead of running it
            as a formula; the JSON export has every value exactly as recorded.
          </li>
        </ul>
        <p className={p}>Exports never contain anything about our users or subscribers.</p>
      </Section>

      <Section id="webhooks" title="Webhooks">
        <p className={p}>
          Organisations that want changes pushed to their own systems can ask an administrator to register a webhook. Each
          status change is then POSTed as JSON (the <code>WebhookEvent</code> schema in the OpenAPI description) and signed per{" "}
          <a href="https://www.standardwebhooks.com/">Standard Webhooks</a>: check the <code>webhook-signature</code> header
          with the shared secret, and drop a <code>webhook-id</code> you have already handled. Answer with any 2xx status;
          anything else is retried with growing pauses for about eight hours.
        </p>
        <CodeBlock label="Example: verifying a webhook in Node.js">{`import { Webhook } from "standardwebhooks";

const webhook = new Webhook(process.env.POLICY_TRACKER_SECRET); // "whsec_…"
const event = webhook.verify(rawBody, request.headers); // throws if the signature is wrong
console.log(event.type, event.data.bill.slug, event.data.event.stageLabel);`}</CodeBlock>
      </Section>

      <Section id="embeds" title="Embedding a bill on your site">
        <p className={p}>
          A compact card with where a bill stands, its latest sourced step and a link back. Add{" "}
          <code>?theme=light</code> or <code>?theme=dark</code> to fix the colours; without it the card follows your
          reader&apos;s setting.
        </p>
        <CodeBlock label="Example: embed snippet">{`<iframe
  src="${origin}/embed/bills/take-it-down-act"
  title="TAKE IT DOWN Act: where it stands"
  width="100%" height="260" style="border:0" loading="lazy"></iframe>`}</CodeBlock>
        <p className={p}>
          Email alerts are on the <Link href="/subscribe">alerts page</Link>.
        </p>
      </Section>
    </>
  );
}
