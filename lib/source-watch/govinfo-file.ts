import "server-only";

import { fetchOfficial } from "./fetch";
import type { SourceWatchSettings } from "./settings";

// Fetches the XML file of a suggested text version from govinfo, when an editor accepts it.
// Through the source watch's fetch (the outbound guard, same-host redirects only), with limits
// made for bill files: an omnibus bill's XML runs to about 10 MB, and the import takes 40 MB.

const MAX_FILE_BYTES = 40 * 1024 * 1024;
const FILE_TIMEOUT_MS = 30_000;

export type FileOutcome = { ok: true; raw: string } | { ok: false; message: string };

/** Whether an address is a file under the configured govinfo, the only place accepting fetches from. */
export function isGovinfoFile(address: string, settings: Pick<SourceWatchSettings, "govinfoBaseUrl">): boolean {
  return address.startsWith(`${settings.govinfoBaseUrl}/content/pkg/`) && URL.canParse(address);
}

/** The file at a govinfo address, or a sentence saying why not (for the editor, who can try again later). */
export async function fetchGovinfoFile(address: string, settings: SourceWatchSettings, now: Date): Promise<FileOutcome> {
  if (!isGovinfoFile(address, settings)) return { ok: false, message: "The suggested file is not on govinfo, so it was not fetched. Dismiss the suggestion." };
  const outcome = await fetchOfficial(address, {
    headers: {},
    accept: "application/xml",
    validators: { etag: null, lastModified: null },
    policy: settings.policy,
    now,
    timeoutMs: settings.timeoutMs ?? FILE_TIMEOUT_MS,
    maxBytes: MAX_FILE_BYTES,
  });
  if (outcome.kind === "failed") {
    if (outcome.gone) return { ok: false, message: "govinfo has no file at this address yet. Try again in a day or two, when it is published." };
    return { ok: false, message: `Could not fetch the file from govinfo: ${outcome.message} Try again later.` };
  }
  // Asked without validators, govinfo has no reason to answer 304.
  if (outcome.kind === "not_modified") return { ok: false, message: "govinfo answered without the file. Try again later." };
  const start = outcome.body.replace(/^\uFEFF/, "").trimStart();
  if (/text\/html/i.test(outcome.contentType) || /^<(!doctype|html)/i.test(start)) {
    return { ok: false, message: "govinfo answered with a web page, not the bill's XML file. Try again later." };
  }
  if (!start.startsWith("<")) return { ok: false, message: "The file from govinfo is not XML. Try again later, or import the version by hand." };
  return { ok: true, raw: outcome.body };
}
