import Link from "next/link";
import type { ReactNode } from "react";

// The page that edits one record: the way back to its list, the form, the record's saved
// versions and how to delete it, in the same order for every kind of record.

export function RecordEditPage({
  back,
  heading,
  intro,
  form,
  revisions,
  deletion,
}: {
  back: { href: string; label: string };
  heading: string;
  intro?: ReactNode;
  form: ReactNode;
  /** The record's saved versions (EntityRevisions), for records that keep them. */
  revisions?: ReactNode;
  deletion?: { heading: string; explanation: string; form: ReactNode };
}) {
  return (
    <>
      <p className="text-lg text-muted">
        <Link href={back.href}>{back.label}</Link>
      </p>
      <h1 className="mt-1 text-4xl font-bold">{heading}</h1>
      {intro ? <p className="mt-4 max-w-2xl">{intro}</p> : null}
      {form}
      {revisions ? (
        <section aria-labelledby="revisions-heading" className="mt-12 border-t border-rule pt-6">
          <h2 id="revisions-heading" className="text-xl font-bold">
            Saved versions
          </h2>
          {revisions}
        </section>
      ) : null}
      {deletion ? (
        <section aria-labelledby="delete-heading" className="mt-12 border-t border-rule pt-6">
          <h2 id="delete-heading" className="text-xl font-bold">
            {deletion.heading}
          </h2>
          <p className="mt-2">{deletion.explanation}</p>
          {deletion.form}
        </section>
      ) : null}
    </>
  );
}
