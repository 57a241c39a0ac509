import { parseFeed } from "@rowanmanning/feed-parser";
import { describe, expect, it } from "vitest";

import { findStep, modelOf } from "@/lib/legislation/process";

import { fixtureText } from "../testing/fixtures";

import { legislationFeedPath, mapInstrumentTitle, parseLegislationFeed } from "./legislation";
import { looksLikeFeed, readFeed } from "./read-feed";
import { parseWatchedFeed } from "./watched-feed";

const ACT = "Crime and Policing Act 2026";
const LEGISLATION = "legislation-gov-uk/crime-and-policing-act-2026-instruments.feed.xml";
const PRESS = "feeds/regulator-press-releases.rss.xml";

describe("legislation.gov.uk instruments made under an Act", () => {
  it("suggest commencement regulations as the Act coming into force in part, on the day they were made", () => {
    const parsed = parseLegislationFeed(fixtureText(LEGISLATION), ACT);
    expect(parsed).toEqual({
      ok: true,
      items: [
        {
          itemKey: "legislation:http://www.legislation.gov.uk/id/uksi/2026/689",
          occurredOn: "2026-06-25",
          description: "The Crime and Policing Act 2026 (Commencement No. 1 and Saving Provision) Regulations 2026 made.",
          sourceUrl: "https://www.legislation.gov.uk/uksi/2026/689/made",
          urlIdentifiesItem: true,
          billNumber: null,
          mapping: { kind: "placed", placement: { path: "after", stage: "in_force_in_part", chamber: null, attemptFailed: false, body: null, vote: null } },
          rank: 0,
        },
      ],
    });
  });

  it("place other instruments under the Act as rules, and leave out ones that do not name it", () => {
    expect(mapInstrumentTitle("The Crime and Policing Act 2026 (Consequential Amendments) Regulations 2026", ACT)).toMatchObject({ placement: { stage: "rules" } });
    expect(mapInstrumentTitle("The Policing (Miscellaneous) Regulations 2026", ACT)).toEqual({ kind: "ignored", reason: "the instrument's title does not name the Act" });
    for (const stage of ["in_force_in_part", "rules"]) expect(findStep(modelOf("uk"), "after", stage)).not.toBeNull();
  });

  it("ask the documented listing of secondary legislation by the Act's exact title, newest first", () => {
    expect(legislationFeedPath(ACT)).toBe("/secondary/data.feed?title=%22Crime%20and%20Policing%20Act%202026%22&sort=published&results-count=50");
  });
});

describe("watched feeds", () => {
  it("suggest only entries with one of the words, without a step, as plain text", () => {
    const parsed = parseWatchedFeed(fixtureText(PRESS), "https://regulator.example.org/news/feed.xml", ["TAKE IT DOWN"]);
    expect(parsed.ok && parsed.items).toEqual([
      {
        itemKey: "feed:ftc-press-release-take-it-down-enforcement",
        occurredOn: "2026-05-19",
        description:
          "FTC Begins Enforcing the TAKE IT DOWN Act: The Federal Trade Commission opened TakeItDown.ftc.gov, where people can report platforms that do not honour removal requests.",
        sourceUrl: "https://regulator.example.org/news/2026/05/ftc-begins-enforcing-take-it-down-act",
        urlIdentifiesItem: true,
        billNumber: null,
        mapping: { kind: "unplaced" },
        rank: 0,
      },
    ]);
  });

  it("refuse what is not a feed", () => {
    expect(looksLikeFeed("<!DOCTYPE html><html><title>Error</title></html>", "text/html")).toBe(false);
    expect(parseWatchedFeed("not xml at all", "https://regulator.example.org/feed", ["x"])).toEqual({ ok: false, message: "The answer was not an Atom or RSS feed." });
  });
});

describe("feed fixtures against the formats", () => {
  // Checked by a reader's library too, as lib/feeds checks our own feeds: what it reads must be
  // what ours does.
  it.each([LEGISLATION, PRESS])("%s is a feed a reader parses, with the same entries", (name) => {
    const xml = fixtureText(name);
    const theirs = parseFeed(xml);
    const ours = readFeed(xml);
    expect(ours?.map((entry) => entry.title)).toEqual(theirs.items.map((item) => item.title));
    for (const item of theirs.items) {
      expect(item.id).toBeTruthy();
      expect(item.url).toMatch(/^https?:\/\//);
      expect(item.published ?? item.updated).toBeInstanceOf(Date);
    }
  });

  it("the legislation.gov.uk fixture has the documented metadata of each entry", () => {
    const [entry] = readFeed(fixtureText(LEGISLATION)) ?? [];
    expect(Object.keys(entry?.raw ?? {})).toEqual(expect.arrayContaining(["id", "title", "link", "updated", "ukm:DocumentMainType", "ukm:Year", "ukm:Number", "ukm:CreationDate"]));
  });
});
