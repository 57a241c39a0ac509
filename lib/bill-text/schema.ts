import { z } from "zod";

import { parseDay } from "@/lib/legislation/dates";
import { isHttpUrl } from "@/lib/legislation/schema";
import { text } from "@/lib/text";

import { textVersionCodes } from "./versions";

// The input of a text import, shared by the command line and (later) the back office's upload
// form. No Prisma here.

/** Larger than any bill GPO has printed as XML (an omnibus appropriations act is about 10 MB). */
const MAX_TEXT_FILE_BYTES = 40 * 1024 * 1024;

const blankToNull = (value: unknown) => (value === undefined || value === null || (typeof value === "string" && value.trim() === "") ? null : value);

export const importTextVersionSchema = z.object({
  billSlug: text({ error: "Name the bill by its web address, like stop-csam-act." }).trim().min(1, { error: "Name the bill by its web address, like stop-csam-act." }),
  code: z.enum(textVersionCodes, { error: "That is not a version code this tracker knows. Use GPO's code, like is, rs, es, ih, rh, eh or enr, or for a UK bill uk-introduced, uk-pbc-amended, uk-brought-from-commons or uk-enacted." }),
  raw: text({ error: "Choose the file to import." })
    .min(1, { error: "The file is empty." })
    .refine((value) => Buffer.byteLength(value, "utf8") <= MAX_TEXT_FILE_BYTES, { error: "The file is larger than 40 MB: that is not one bill's text." }),
  versionDate: z.preprocess(
    blankToNull,
    z.string().trim().refine((value) => parseDay(value) !== null, { error: "Enter the date as YYYY-MM-DD, for example 2025-02-13." }).nullable(),
  ),
  sourceUrl: z.preprocess(
    blankToNull,
    text().trim().max(2000).refine(isHttpUrl, { error: "Enter a full web address starting with https://, like https://www.govinfo.gov/…" }).nullable(),
  ),
  /** Put this file in place of a different one already imported for the same code. */
  replace: z.boolean().default(false),
});
