import { Day } from "@/components/day";
import type { SuggestedTextVersion } from "@/lib/source-watch/queries";

/** "New text version: Reported in Senate (rs), 10 December 2025", as the inbox names one. */
export function SuggestedTextVersionLine({ version }: { version: SuggestedTextVersion }) {
  return (
    <>
      New text version: {version.name} ({version.code}), {version.date ? <Day value={version.date} /> : "undated"}
    </>
  );
}
