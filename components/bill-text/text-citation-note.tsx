import Link from "next/link";

import type { CitationNote } from "@/lib/bill-text/citations";

/** Where a provision or a step is in the bill's text, and the later version that changed it, if one did. */
export function TextCitationNote({ note }: { note: CitationNote }) {
  return (
    <span className="block text-sm">
      <Link href={note.href}>{note.part ? `${note.part.replace(/^./, (letter) => letter.toUpperCase())} of the ${note.versionName} text` : `The ${note.versionName} text`}</Link>
      {note.changedIn ? (
        <>
          {" "}
          <strong>changed in {note.versionName === note.changedIn.versionName ? "a later version" : note.changedIn.versionName}</strong>: <Link href={note.changedIn.href}>see the change</Link>
        </>
      ) : null}
    </span>
  );
}

