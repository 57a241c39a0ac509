import { readFileSync } from "node:fs";
import path from "node:path";

import { describe, expect, it } from "vitest";

import { citationNote, partName, type CitableVersion } from "./citations";
import { parseTextFile } from "./formats";

const version = (code: string, name: string, file: string): CitableVersion => ({
  code,
  name,
  sha256: `${code}-fixture`,
  tree: parseTextFile(readFileSync(path.join(import.meta.dirname, "fixtures", file), "utf8")).tree,
});
const versions = [version("is", "Introduced in Senate", "fixture-act-is.xml"), version("rs", "Reported in Senate", "fixture-act-rs.xml")];
const cite = (textVersionCode: string, textSection: string | null) => citationNote("a-bill", versions, { textVersionCode, textSection });

describe("citationNote", () => {
  it("says a later version changed the cited words, and links to that section on the redline", () => {
    expect(cite("is", "sec-2-2-B-i")).toEqual({
      part: "section 2(2)(B)(i)",
      versionName: "Introduced in Senate",
      href: "/bills/a-bill/text/is#sec-2-2-B-i",
      changedIn: { versionName: "Reported in Senate", href: "/bills/a-bill/text/compare?from=is&to=rs#to-sec-2" },
    });
  });

  it("follows a renumbered section: changed words inside it, or a part inserted in it, are changes", () => {
    expect(cite("is", "sec-3-a-quoted-1-i-2")?.changedIn?.href).toBe("/bills/a-bill/text/compare?from=is&to=rs#to-sec-4");
    expect(cite("is", "sec-3")?.changedIn?.versionName).toBe("Reported in Senate");
  });

  it("says nothing changed when a part was only renumbered or left alone", () => {
    expect(cite("is", "sec-3-b")).toMatchObject({ part: "section 3(b)", changedIn: null });
    expect(cite("is", "sec-4")).toMatchObject({ changedIn: null });
    expect(cite("is", "sec-2-1")).toMatchObject({ changedIn: null });
  });

  it("has nothing to compare for the latest version, and no note for a version the bill does not have", () => {
    expect(cite("rs", "sec-4-b")).toMatchObject({ versionName: "Reported in Senate", changedIn: null });
    expect(cite("enr", "sec-1")).toBeNull();
  });
});

describe("partName", () => {
  it("reads a citation path as a reader cites it", () => {
    expect(partName("sec-3-a-1")).toBe("section 3(a)(1)");
    expect(partName("title-I-sec-101")).toBe("section 101");
    expect(partName("sch-1-2")).toBe("sch-1-2");
  });
});
