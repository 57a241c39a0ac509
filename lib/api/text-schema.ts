import { z } from "zod";

import { text } from "@/lib/text";

// The shapes of the bill-text endpoints of API v1 (versions, one version's section tree, and a
// redline), parsed on the way out and turned into the OpenAPI document like ./schema.ts.

const day = z.iso.date();
const instant = z.iso.datetime({ offset: true });
const webUrl = z.url({ protocol: /^https?$/ });

const nodeKinds = ["division", "section", "subsection", "paragraph", "subparagraph", "clause", "subclause", "item", "subitem", "quoted-block"] as const;

export interface TextNodeShape {
  id: string;
  kind: (typeof nodeKinds)[number];
  label?: string | undefined;
  enum: string | null;
  heading: string | null;
  text: string;
  after?: string | undefined;
  children: TextNodeShape[];
}

export const textNodeSchema: z.ZodType<TextNodeShape> = z
  .object({
    id: z.string().describe("Citation path, unique in the version and the anchor on its page: sec-3, sec-3-a, title-I."),
    kind: z.enum(nodeKinds),
    label: z.string().optional().describe("For a division, what kind it is: title, subtitle, part, chapter."),
    enum: z.string().nullable().describe("The number as printed, e.g. \"3.\" or \"(a)\"."),
    heading: z.string().nullable(),
    text: z.string().describe("The words that open the part, before its children."),
    after: z.string().optional().describe("Words that follow the children."),
    get children() {
      return z.array(textNodeSchema);
    },
  })
  .meta({ id: "TextNode", description: "One part of a version's text: a division, a section, or a part of one." });

export const textVersionSummarySchema = z
  .object({
    code: z.string().describe("The official code (GPO's for US bills: is, rs, es, enr…) or ours for other legislatures."),
    name: z.string(),
    versionDate: day.nullable(),
    url: webUrl.describe("The version's reading page."),
    apiUrl: webUrl.describe("The version's section tree in the API."),
  })
  .meta({ id: "TextVersionSummary" });

export const textVersionListSchema = z
  .object({ bill: z.string().describe("The bill's slug."), data: z.array(textVersionSummarySchema).describe("Oldest first; undated ones last.") })
  .meta({ id: "TextVersionList" });

export const textVersionSchema = z
  .object({
    bill: z.string(),
    code: z.string(),
    name: z.string(),
    versionDate: day.nullable(),
    sourceUrl: webUrl.nullable().describe("Where the official file was published."),
    format: z.string().describe("The format the file was read from, e.g. congress_bill_xml, uslm_xml, html."),
    extractedFromHtml: z.boolean().describe("True when the tree was recovered from HTML, not read from a structured official format."),
    sha256: z.string().describe("SHA-256 of the file as imported."),
    importedAt: instant,
    title: z.string().nullable(),
    body: z.array(textNodeSchema),
  })
  .meta({ id: "TextVersion" });

const sectionRefSchema = z.object({
  id: z.string(),
  kind: z.enum(nodeKinds).describe("section, or the kind of a schedule's numbered part."),
  enum: z.string().nullable(),
  heading: z.string().nullable(),
  within: z.array(z.string()).describe("The divisions the section sits in, outermost first."),
});
const wordRunSchema = z.object({ op: z.enum(["same", "ins", "del"]), text: z.string() });
const partRefSchema = z.object({ id: z.string(), enum: z.string().nullable() });

export const textComparisonSchema = z
  .object({
    from: z.object({ bill: z.string(), code: z.string(), name: z.string(), sha256: z.string() }),
    to: z.object({ bill: z.string(), code: z.string(), name: z.string(), sha256: z.string() }),
    summaryText: z.string().describe("The summary in words, e.g. \"2 sections changed, 1 added, 2 renumbered\"."),
    summary: z.object({
      changed: z.int(),
      added: z.int(),
      removed: z.int(),
      moved: z.int(),
      renumbered: z.int(),
      unchanged: z.int(),
      wordsInserted: z.int(),
      wordsDeleted: z.int(),
      kept: z.number().describe("Share of the older version's words kept, 0 to 1."),
    }),
    timedOut: z.boolean().describe("The time limit was reached: some changed parts are given as whole old and new words."),
    timeLimitMs: z.int(),
    sections: z.array(
      z.object({
        op: z.enum(["unchanged", "changed", "added", "removed"]),
        renumbered: z.boolean().describe("The section kept its words under a new number; not a change on its own."),
        moved: z.boolean(),
        movedFromAfter: z.string().nullable().optional().describe("For a moved section, the number of the section it followed in the older version."),
        from: sectionRefSchema.nullable(),
        to: sectionRefSchema.nullable(),
        headingWords: z.array(wordRunSchema).optional().describe("When the heading was reworded: from the old heading's words to the new."),
        blocks: z.array(
          z.object({
            op: z.enum(["same", "renumbered", "changed", "added", "removed"]),
            depth: z.int(),
            from: partRefSchema.nullable(),
            to: partRefSchema.nullable(),
            words: z.array(wordRunSchema),
          }),
        ),
      }),
    ),
  })
  .meta({ id: "TextComparison", description: "A redline: sections aligned (added, removed, moved, renumbered), then the words of each changed part." });

export const textCompareQuerySchema = z.strictObject({
  from: text().trim().min(1, { error: "Name the older version's code, e.g. from=is." }).max(40).describe("The older version's code."),
  to: text().trim().min(1, { error: "Name the newer version's code, e.g. to=rs." }).max(40).describe("The newer version's code."),
  toBill: text().trim().min(1).max(200).optional().describe("A companion bill's slug, when the newer version is another bill's."),
});
