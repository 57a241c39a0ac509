import { readFileSync } from "node:fs";
import path from "node:path";

import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";

import { parseAkomaNtoso } from "@/lib/bill-text/formats/akoma-ntoso";
import { parseCongressBillXml } from "@/lib/bill-text/formats/congress-bill-xml";
import { walk, type TextNode } from "@/lib/bill-text/tree";

import { TextContents, TextReader } from "./text-reader";

const tree = parseCongressBillXml(readFileSync(path.join(import.meta.dirname, "../../lib/bill-text/fixtures/fixture-act-rs.xml"), "utf8")).tree;
const render = (nodes: readonly TextNode[]) => renderToStaticMarkup(createElement(TextReader, { nodes }));

describe("TextReader", () => {
  it("gives every part its citation path as an id and a link to itself", () => {
    const html = render(tree.body);
    for (const node of walk(tree.body)) {
      expect(html).toContain(`id="${node.id}"`);
      if (node.kind !== "quoted-block") expect(html).toContain(`href="#${node.id}"`);
    }
    expect(html).toContain("Link<span class=\"sr-only\"> to section 4(b)</span>");
  });

  it("prints a file's markup as words, never as HTML", () => {
    const hostile: TextNode = { id: "sec-1", kind: "section", enum: "1.", heading: "<img src=x onerror=alert(1)>", text: "<script>alert(1)</script>", children: [] };
    const html = render([hostile]);
    expect(html).not.toContain("<script>");
    expect(html).not.toContain("<img");
    expect(html).toContain("&lt;script&gt;alert(1)&lt;/script&gt;");
  });

  it("lists the sections in the contents, linked to their anchors", () => {
    const html = renderToStaticMarkup(createElement(TextContents, { nodes: tree.body }));
    expect(html).toContain('<a href="#sec-4">Sec. 4. Reporting requirements</a>');
    expect(html.match(/<li>/g)).toHaveLength(5);
  });

  it("names a UK bill's parts and schedules in the contents, and a cross-heading by its heading alone", () => {
    const uk = parseAkomaNtoso(readFileSync(path.join(import.meta.dirname, "../../lib/bill-text/fixtures/fixture-uk-bill-introduced.akn.xml"), "utf8")).tree;
    const contents = renderToStaticMarkup(createElement(TextContents, { nodes: uk.body }));
    expect(contents).toContain('<a href="#part-2">Part 2 Duties of providers</a>');
    expect(contents).toContain('<a href="#part-2-xhdg-1">Safety duties</a>');
    expect(contents).toContain('<a href="#sch-1">Schedule 1 Enforcement by the Regulator</a>');
    const html = render(uk.body);
    expect(html).toContain("Link<span class=\"sr-only\"> to the cross-heading Safety duties</span>");
    expect(html).toContain("Link<span class=\"sr-only\"> to schedule 1</span>");
  });
});
