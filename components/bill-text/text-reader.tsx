import type { ReactNode } from "react";

import { foldClosingPunctuation, type TextNode } from "@/lib/bill-text/tree";

// A version's section tree as HTML. Only the elements written here are ever produced, from the
// tree's plain-text fields: nothing of the source file's own markup reaches the page. Every part
// has its citation path as its id and a visible link to itself, so a reader can cite it.

/** Divisions that are only a heading over the sections below it (a UK cross-heading), with no name of their own to print. */
const headingOnly = new Set(["cross-heading", "subheading"]);

/** What a division prints before its number: "Title ", "Part ", "Schedule ", or nothing for a cross-heading. */
function divisionPrefix(node: TextNode): string {
  return headingOnly.has(node.label ?? "") ? "" : `${(node.label ?? "").replace(/^./, (first) => first.toUpperCase())} `;
}

/** How a part is cited, for the words of its link: "section 3(a)(1)". */
function citationOf(node: TextNode, parent: string | null): string {
  if (node.kind === "quoted-block") return `quoted text in ${parent ?? "the bill"}`;
  const printed = (node.enum ?? "").trim();
  if (node.kind === "section") return `section ${printed.replace(/\.$/, "")}`;
  if (node.kind === "division") return headingOnly.has(node.label ?? "") ? `the cross-heading ${node.heading ?? ""}`.trim() : `${node.label ?? "division"} ${printed}`.trim();
  return `${parent ?? ""}${printed}`;
}

function SelfLink({ id, citation }: { id: string; citation: string }) {
  return (
    <a href={`#${id}`} className="ml-2 text-sm font-normal whitespace-nowrap">
      Link<span className="sr-only"> to {citation}</span>
    </a>
  );
}

function Children({ nodes, parent, depth }: { nodes: readonly TextNode[]; parent: string | null; depth: number }) {
  return nodes.map((node) => <Part key={node.id} node={node} parent={parent} depth={depth} />);
}

function After({ text }: { text: string | undefined }) {
  return text ? <p className="mt-2">{text}</p> : null;
}

function Part({ node, parent, depth }: { node: TextNode; parent: string | null; depth: number }): ReactNode {
  const citation = citationOf(node, parent);
  if (node.kind === "quoted-block") {
    return (
      <div id={node.id} className="mt-3 scroll-mt-4 target:bg-panel">
        {node.text ? <p>{node.text}</p> : null}
        <blockquote className="mt-2 border-l-4 border-rule pl-4">
          <Children nodes={node.children} parent={null} depth={depth} />
        </blockquote>
        <After text={node.after} />
      </div>
    );
  }
  if (node.kind === "division" || node.kind === "section") {
    const Heading = depth === 0 ? "h2" : "h3";
    const name = [node.enum, node.heading].filter(Boolean).join(" ");
    return (
      // No accessible name on purpose: a landmark per section would bury the page's own; the headings carry the outline.
      <section id={node.id} className="mt-8 scroll-mt-4 target:bg-panel">
        <Heading className={depth === 0 ? "text-2xl font-bold" : "text-xl font-bold"}>
          {node.kind === "section" ? "Sec. " : divisionPrefix(node)}
          {name}
          <SelfLink id={node.id} citation={citation} />
        </Heading>
        {node.text ? <p className="mt-2 max-w-3xl">{node.text}</p> : null}
        <div className="max-w-3xl">
          <Children nodes={node.children} parent={node.kind === "section" ? citation : null} depth={depth + 1} />
        </div>
        <After text={node.after} />
      </section>
    );
  }
  return (
    <div id={node.id} className="mt-2 scroll-mt-4 pl-4 target:bg-panel sm:pl-6">
      <p>
        {node.enum ? <span className="font-bold">{node.enum} </span> : null}
        {node.heading ? <span className="font-bold">{node.heading}.—</span> : null}
        {node.heading && node.text ? " " : null}
        {node.text}
        <SelfLink id={node.id} citation={citation} />
      </p>
      <Children nodes={node.children} parent={citation} depth={depth + 1} />
      <After text={node.after} />
    </div>
  );
}

/** The table of contents: divisions and sections, each linked to its anchor. */
export function TextContents({ nodes }: { nodes: readonly TextNode[] }) {
  const entries = nodes.filter((node) => node.kind === "division" || node.kind === "section");
  if (entries.length === 0) return null;
  return (
    <ol className="mt-2 space-y-1">
      {entries.map((node) => (
        <li key={node.id}>
          <a href={`#${node.id}`}>{[node.kind === "section" ? `Sec. ${node.enum ?? ""}` : `${divisionPrefix(node)}${node.enum ?? ""}`.trim(), node.heading].filter(Boolean).join(" ")}</a>
          {node.kind === "division" ? (
            <div className="pl-4">
              <TextContents nodes={node.children} />
            </div>
          ) : null}
        </li>
      ))}
    </ol>
  );
}

/** Every part of the version, in order. */
export function TextReader({ nodes }: { nodes: readonly TextNode[] }) {
  return <Children nodes={nodes.map(foldClosingPunctuation)} parent={null} depth={0} />;
}
