import Link from "next/link";

import { EmbedCode } from "@/components/embed-code";
import type { EmbedTheme } from "@/lib/legislation/public-params";

/** Ways to follow one bill: alerts, feed, calendar, API, and the code to embed it. */
export function FollowBill({ slug, shortTitle, origin, embedTheme }: { slug: string; shortTitle: string; origin: string; embedTheme: EmbedTheme }) {
  return (
    <section aria-labelledby="follow-heading" className="mt-10">
      <h2 id="follow-heading" className="text-2xl font-bold">
        Follow this bill
      </h2>
      <ul className="mt-3 max-w-3xl list-disc space-y-2 pl-6">
        <li>
          <Link href={`/subscribe?bill=${slug}`}>Get an email when its status changes</Link>
        </li>
        <li>
          <a href={`/bills/${slug}/feed.xml`}>Atom feed of its status changes</a>
        </li>
        <li>
          <a href={`/bills/${slug}/calendar.ics`}>Calendar of its key dates (iCalendar)</a>
        </li>
        <li>
          <a href={`/api/v1/bills/${slug}`}>Its data as JSON</a> (see the <Link href="/api">API guide</Link>)
        </li>
      </ul>
      <EmbedCode slug={slug} shortTitle={shortTitle} origin={origin} path={`/bills/${slug}`} theme={embedTheme} />
    </section>
  );
}
