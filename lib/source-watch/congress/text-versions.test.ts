import { describe, expect, it } from "vitest";

import { congressTextFixtures, fixtureJson } from "../testing/fixtures";

import { parseCongressIdentifier, type CongressBill } from "./identifier";
import { congressTextPath, parseCongressTextVersions } from "./text-versions";

const s3021 = parseCongressIdentifier("119/s/3021") as CongressBill; // a valid identifier
const GOVINFO = "https://www.govinfo.gov";

const xml = (name: string) => ({ type: "Formatted XML", url: `https://www.congress.gov/119/bills/s3021/${name}` });
const read = (body: unknown) => {
  const parsed = parseCongressTextVersions(body, s3021, GOVINFO);
  if (!parsed.ok) throw new Error(parsed.message);
  return parsed.versions;
};

describe("Congress.gov text versions", () => {
  it("take each version's code from its file's name, and point at the file on govinfo", () => {
    expect(read(fixtureJson("congress/s-3021-text.json"))).toEqual([
      {
        itemKey: "text:is",
        code: "is",
        officialName: "Introduced in Senate",
        date: "2025-10-21",
        fileUrl: "https://www.govinfo.gov/content/pkg/BILLS-119s3021is/xml/BILLS-119s3021is.xml",
        billNumber: "S.3021",
      },
    ]);
  });

  it("read the date as the day in Washington, in summer and in winter", () => {
    expect(read(fixtureJson("congress/s-3021-text-reported.json")).map((version) => `${version.code} ${version.date}`)).toEqual(["rs 2025-12-10", "is 2025-10-21"]);
  });

  it("keep a version without a date, undated", () => {
    expect(read({ textVersions: [{ type: "Reported in Senate", date: null, formats: [xml("BILLS-119s3021rs.xml")] }] })).toMatchObject([{ code: "rs", date: null }]);
    expect(read({ textVersions: [{ type: "Reported in Senate", formats: [xml("BILLS-119s3021rs.xml")] }] })).toMatchObject([{ code: "rs", date: null }]);
  });

  it("leave out a version with no XML file, which has nothing to import yet", () => {
    const versions = read({
      textVersions: [
        { type: "Placed on Calendar Senate", date: "2025-12-11T05:00:00Z", formats: [{ type: "PDF", url: "https://www.congress.gov/119/bills/s3021/BILLS-119s3021pcs.pdf" }] },
        { type: "Introduced in Senate", date: "2025-10-21T04:00:00Z", formats: [] },
      ],
    });
    expect(versions).toEqual([]);
  });

  it("leave out files of another bill, codes GPO does not define, and malformed entries", () => {
    const versions = read({
      textVersions: [
        { type: "Introduced in House", date: "2025-10-21T04:00:00Z", formats: [xml("BILLS-119hr4831ih.xml")] },
        { type: "Star Print", date: "2025-10-22T04:00:00Z", formats: [xml("BILLS-119s3021isxx.xml")] },
        { type: "", formats: [xml("BILLS-119s3021is.xml")] },
        { type: "Reported in Senate", formats: "none" },
        "nonsense",
        { type: "Engrossed in Senate", date: "2025-12-16T05:00:00Z", formats: [{ type: "Formatted XML" }, xml("BILLS-119S3021ES.xml")] },
      ],
    });
    expect(versions.map((version) => version.fileUrl)).toEqual(["https://www.govinfo.gov/content/pkg/BILLS-119s3021es/xml/BILLS-119s3021es.xml"]);
  });

  it("refuse an answer with no list of text versions", () => {
    expect(parseCongressTextVersions({ error: "API_KEY_MISSING" }, s3021, GOVINFO)).toEqual({ ok: false, message: "The answer has no list of text versions." });
  });

  it("read every fixture, and ask at the API's own path", () => {
    for (const fixture of congressTextFixtures) expect(read(fixtureJson(fixture)).length, fixture).toBeGreaterThan(0);
    expect(congressTextPath(s3021)).toBe("/bill/119/s/3021/text");
  });
});
