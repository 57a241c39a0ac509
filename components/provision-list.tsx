import Link from "next/link";

import { TextCitationNote } from "@/components/bill-text/text-citation-note";
import { loadCitationNotes } from "@/lib/bill-text/citation-notes";
import { compareHref, type ProvisionData } from "@/lib/legislation/compare";
import { provisionCategories, provisionCategoryLabels } from "@/lib/legislation/provision-categories";

/** A bill's structured provisions under their categories; categories with none are left out here, and read "not recorded" on /compare. */
export async function ProvisionList({ slug, provisions }: { slug: string; provisions: readonly ProvisionData[] }) {
  const notes = await loadCitationNotes(slug, provisions);
  const groups = provisionCategories.flatMap((category) => {
    const entries = provisions.filter((provision) => provision.category === category);
    return entries.length ? [{ category, entries }] : [];
  });
  return (
    <section aria-labelledby="by-category-heading" className="mt-10">
      <h2 id="by-category-heading" className="text-2xl font-bold">
        What it does, by category
      </h2>
      {groups.length === 0 ? (
        <p className="mt-3">No provisions are recorded by category for this bill yet.</p>
      ) : (
        <dl className="mt-3 max-w-3xl border-t border-rule">
          {groups.map((group) => (
            <div key={group.category} className="border-b border-rule py-2 sm:grid sm:grid-cols-[12rem_minmax(0,1fr)] sm:gap-4">
              <dt className="font-bold">{provisionCategoryLabels[group.category]}</dt>
              <dd>
                <ul className="space-y-2">
                  {group.entries.map((provision) => (
                    <li key={provision.id}>
                      {provision.text}
                      {provision.citation ? <span className="block text-sm text-muted">{provision.citation}</span> : null}
                      {notes.has(provision.id) ? <TextCitationNote note={notes.get(provision.id)!} /> : null}
                    </li>
                  ))}
                </ul>
              </dd>
            </div>
          ))}
        </dl>
      )}
      <p className="mt-3">
        <Link href={compareHref([slug])}>Compare this bill with others</Link>
      </p>
    </section>
  );
}
