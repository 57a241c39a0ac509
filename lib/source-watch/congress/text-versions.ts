import { z } from "zod";

import { todayIn } from "@/lib/legislation/dates";
import { textVersionKind } from "@/lib/bill-text/versions";

import type { OfficialTextVersion, TextVersionsResult } from "../types";

import { congressBillNumber, type CongressBill } from "./identifier";

// Reads the answer of GET /v3/bill/{congress}/{type}/{number}/text?format=json: `textVersions`,
// each with a `type` ("Reported in Senate"), a `date` (midnight in Washington, as UTC:
// "2025-10-21T04:00:00Z", or null) and its `formats` (Documentation/BillEndpoint.md, Text Level).
// The files it links sit on www.congress.gov behind a bot check, so a version is fetched from
// govinfo instead, by the same file name. Versions without an XML file are left out: there is
// nothing to import yet, and they are suggested once a later listing has the XML.

const formatSchema = z.object({ type: z.string(), url: z.string() });

const versionSchema = z.object({
  type: z.string().trim().min(1),
  date: z.string().nullish(),
  formats: z.array(z.unknown()),
});

const answerSchema = z.object({ textVersions: z.array(z.unknown()) });

// GPO's file names: BILLS-{congress}{type}{number}{version}.xml.
const FILE_NAME = /\/BILLS-(\d{1,3})(hr|s|hjres|sjres|hconres|sconres|hres|sres)(\d{1,5})([a-z]{1,5})\.xml$/i;

// Congress.gov's dates are midnight in Washington written in UTC.
const CONGRESS_TIME_ZONE = "America/New_York";

/** The day of a listing's date: as it is when it is a day already, else the day in Washington. */
function dayOf(value: string | null | undefined): string | null {
  if (!value) return null;
  if (/^\d{4}-\d{2}-\d{2}$/.test(value)) return value;
  const time = new Date(value);
  return Number.isNaN(time.getTime()) ? null : todayIn(CONGRESS_TIME_ZONE, time);
}

/** The package of govinfo's file for one version of this bill, from a file name; null if it names another bill. */
function packageOf(url: string, bill: CongressBill): { packageId: string; code: string } | null {
  const match = FILE_NAME.exec(url);
  if (!match?.[4]) return null;
  if (Number(match[1]) !== bill.congress || match[2]?.toLowerCase() !== bill.type || Number(match[3]) !== bill.number) return null;
  const code = match[4].toLowerCase();
  return { packageId: `BILLS-${bill.congress}${bill.type}${bill.number}${code}`, code };
}

/** The address of a version's XML file on govinfo. */
export function govinfoFileUrl(govinfoBaseUrl: string, packageId: string): string {
  return `${govinfoBaseUrl}/content/pkg/${packageId}/xml/${packageId}.xml`;
}

/** The API path of the bill's text versions, under CONGRESS_API_BASE_URL. */
export function congressTextPath(bill: CongressBill): string {
  return `/bill/${bill.congress}/${bill.type}/${bill.number}/text`;
}

/** The text versions a listing names that this tracker can import; versions it spells wrongly are left out, not fatal. */
export function parseCongressTextVersions(body: unknown, bill: CongressBill, govinfoBaseUrl: string): TextVersionsResult {
  const answer = answerSchema.safeParse(body);
  if (!answer.success) return { ok: false, message: "The answer has no list of text versions." };
  const billNumber = congressBillNumber(bill);
  const versions: OfficialTextVersion[] = [];
  for (const raw of answer.data.textVersions) {
    const parsed = versionSchema.safeParse(raw);
    if (!parsed.success) continue;
    const xml = parsed.data.formats.flatMap((format) => {
      const read = formatSchema.safeParse(format);
      return read.success && read.data.type === "Formatted XML" ? [read.data.url] : [];
    })[0];
    const file = xml ? packageOf(xml, bill) : null;
    // A code GPO has not defined (a reprint, a star print) cannot be imported under its own name.
    if (!file || textVersionKind(file.code)?.legislature !== "us") continue;
    if (versions.some((version) => version.code === file.code)) continue;
    versions.push({
      itemKey: `text:${file.code}`,
      code: file.code,
      officialName: parsed.data.type,
      date: dayOf(parsed.data.date),
      fileUrl: govinfoFileUrl(govinfoBaseUrl, file.packageId),
      billNumber,
    });
  }
  return { ok: true, versions };
}
