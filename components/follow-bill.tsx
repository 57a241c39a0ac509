import Link from "next/link";

import { CodeBlock } from "@/components/open-data/code-block";

/** Ways to follow one bill: alerts, feed, calendar, API, and the snippet to embed it. */
export function FollowBill({ slug, shortTitle, origin }: { slug: string; shortTitle: string; origin: string }) {
  const snippet = `<iframe
  src="${origin}/embed/bills/${slug}"
  title="${shortTitle.replaceAll('"', "&quot;")}: where it stands"
  width="100%" height="260" style="border:0" loading="lazy"></iframe>`;
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
      <CodeBlock label="Embed it on your site">{snippet}</CodeBlock>
    </section>
  );
}
