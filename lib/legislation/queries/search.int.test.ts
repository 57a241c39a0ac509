import { beforeAll, describe, expect, it } from "vitest";

import { db } from "@/lib/db/client";
import { seed } from "@/prisma/seed/seed";
import { makeBill } from "@/prisma/seed/make-bill";

import { MATCH_END, MATCH_START } from "../highlight";

import { listBoardBills } from "./board";

const mark = (text: string) => `${MATCH_START}${text}${MATCH_END}`;

async function search(q: string, filters: Omit<Parameters<typeof listBoardBills>[1], "q"> = {}) {
  return (await listBoardBills(db, { q, sort: "relevance", ...filters })).bills;
}

beforeAll(async () => {
  await seed(db);
});

describe("full-text search on the board", () => {
  it("finds the TAKE IT DOWN Act for “deepfake”, with the matching word marked", async () => {
    const [first, ...rest] = await search("deepfake");
    expect(first?.slug).toBe("take-it-down-act");
    expect(rest).toEqual([]);
    expect(first?.match?.title).toContain(mark("Deepfakes"));
  });

  it("finds the STOP CSAM Act by its bill number however it is typed", async () => {
    for (const q of ["S.1829", "s1829", "S. 1829", "1829", "H.R. 3921", "HR 3921", "HR3921"]) {
      const results = await search(q);
      expect(results.map((bill) => bill.slug), q).toEqual(["stop-csam-act"]);
    }
    const [stopCsam] = await search("S.1829");
    expect(stopCsam?.match?.numbers).toEqual(["S.1829"]);
  });

  it("finds a bill by the other names editors give it: a nickname, and an acronym typed in any case", async () => {
    expect((await search("chat control")).map((bill) => bill.slug)).toEqual(["eu-csa-regulation"]);
    const kosa = await makeBill({ slug: "alias-kosa", shortTitle: "Kids Online Safety Act", aliases: ["KOSA"] });
    for (const q of ["KOSA", "kosa"]) expect((await search(q)).map((bill) => bill.slug), q).toEqual([kosa.slug]);
  });

  it("searches summaries and shows the matching passage", async () => {
    const [result] = await search("CyberTipline");
    expect(result?.slug).toBe("stop-csam-act");
    expect(result?.match?.summary).toContain(mark("CyberTipline"));
  });

  it("searches the status history and shows the matching event", async () => {
    const results = await search("held at the desk");
    expect(results.map((bill) => bill.slug)).toEqual(["enforce-act"]);
    expect(results[0]?.match?.event).toMatchObject({ occurredOn: "2025-12-17" });
    expect(results[0]?.match?.event?.description).toContain(mark("desk"));
  });

  it("supports phrases and exclusions the way search engines do", async () => {
    const phrase = await search('"Royal Assent"');
    expect(phrase.map((bill) => bill.slug)).toEqual(["uk-crime-and-policing-bill"]);
    const excluded = (await search("child -policing")).map((bill) => bill.slug);
    expect(excluded).toContain("stop-csam-act");
    expect(excluded).not.toContain("uk-crime-and-policing-bill");
  });

  it("combines search with the filters", async () => {
    const results = await search("child sexual abuse", { jurisdiction: "uk" });
    expect(results.map((bill) => bill.slug)).toEqual(["uk-crime-and-policing-bill"]);
  });

  it("returns nothing, without an error, for words that match nothing or only stop words", async () => {
    expect(await search("xylophone")).toEqual([]);
    expect(await search("the and of")).toEqual([]);
    expect(await search("<script>alert(1)</script> & | !")).toEqual([]);
  });

  it("ranks a match in the title above one in the summary, and that above one in the history", async () => {
    await makeBill({ slug: "rank-history", shortTitle: "History Bill", events: [{ occurredOn: "2025-01-10", stage: "introduced", description: "Zebrafish welfare amendment tabled" }] });
    await makeBill({ slug: "rank-summary", shortTitle: "Summary Bill", summary: "Protects the zebrafish in laboratories." });
    await makeBill({ slug: "rank-title", shortTitle: "Zebrafish Protection Bill" });
    const results = await search("zebrafish");
    expect(results.map((bill) => bill.slug)).toEqual(["rank-title", "rank-summary", "rank-history"]);
    expect(results[0]!.match!.rank).toBeGreaterThan(results[1]!.match!.rank);
  });

  it("never returns a draft, whatever matches", async () => {
    await makeBill({ slug: "draft-axolotl", shortTitle: "Axolotl Bill", state: "draft" });
    await makeBill({ slug: "public-axolotl", shortTitle: "Public Axolotl Bill" });
    expect((await search("axolotl")).map((bill) => bill.slug)).toEqual(["public-axolotl"]);
  });

  it("does not match retracted or corrected events", async () => {
    const bill = await makeBill({
      slug: "retracted-words",
      shortTitle: "Plain Bill",
      events: [
        { occurredOn: "2025-01-10", stage: "introduced", description: "Introduced" },
        { occurredOn: "2025-02-10", stage: "reported", description: "Quokka amendment adopted" },
        { occurredOn: "2025-03-10", stage: "reported", description: "Wombat clause agreed" },
      ],
    });
    const events = await db.statusEvent.findMany({ where: { billId: bill.id }, orderBy: { occurredOn: "asc" } });
    await db.statusEvent.update({ where: { id: events[1]!.id }, data: { retractedAt: new Date(), retractionReason: "Wrong bill." } });
    await db.statusEvent.create({
      data: { billId: bill.id, path: "senate", stage: "reported", occurredOn: new Date("2025-03-11T00:00:00Z"), description: "Clause agreed", sourceUrl: "https://example.org", sourceKind: "official", correctsId: events[2]!.id },
    });
    expect(await search("quokka")).toEqual([]);
    expect(await search("wombat")).toEqual([]);
  });

  it("cannot be tricked into marking text by markers stored in the database", async () => {
    await makeBill({ slug: "marker-text", shortTitle: `Tapir ${MATCH_START}fake${MATCH_END} Bill` });
    const [result] = await search("tapir");
    expect(result?.match?.shortTitle).toBe(`${mark("Tapir")} fake Bill`);
  });
});
