import type { ReactNode } from "react";

import type { SectionChange, TextComparison } from "@/lib/bill-text/compare/compare";
import { changeWords, isChange, sectionAnchor, sectionTitle } from "@/lib/bill-text/compare/describe";
import type { BlockChange } from "@/lib/bill-text/compare/section-diff";

import { WordRuns, type Side } from "./word-runs";

// The body of a redline, in one of three views: inline (one text, changes marked in place),
// side by side (the older version beside the newer), or changes only. Every change has an
// anchor, `change-N`, and links to the one before and after, so it is walked without JavaScript.

export type RedlineView = "inline" | "side" | "changes";

export interface VersionLink {
  name: string;
  /** The version's reading page, for links to a part's anchor. */
  href: string;
}

interface RedlineProps {
  comparison: TextComparison;
  view: RedlineView;
  from: VersionLink;
  to: VersionLink;
}

const indent = ["", "pl-4 sm:pl-6", "pl-8 sm:pl-12", "pl-12 sm:pl-18", "pl-16 sm:pl-24"];

function PartNumber({ block, side }: { block: BlockChange; side: Side }) {
  const shown = side === "from" ? (block.from?.enum ?? block.to?.enum) : (block.to?.enum ?? block.from?.enum);
  if (!shown) return null;
  return (
    <>
      <span className="font-bold">{shown}</span>
      {block.op === "renumbered" && side !== "from" && block.from?.enum ? <span className="text-sm text-muted"> (was {block.from.enum})</span> : null}{" "}
    </>
  );
}

function Block({ block, side }: { block: BlockChange; side: Side }) {
  if ((side === "from" && block.op === "added") || (side === "to" && block.op === "removed")) return null;
  return (
    <p className={`mt-2 ${indent[Math.min(block.depth, indent.length - 1)]}`}>
      <PartNumber block={block} side={side} />
      <WordRuns runs={block.words} side={side} />
    </p>
  );
}

function Blocks({ blocks, side, changesOnly }: { blocks: readonly BlockChange[]; side: Side; changesOnly: boolean }) {
  const shown = changesOnly ? blocks.filter((block) => block.op !== "same" && block.op !== "renumbered") : blocks;
  return shown.map((block, index) => <Block key={`${block.from?.id ?? ""}:${block.to?.id ?? ""}:${index}`} block={block} side={side} />);
}

/** A whole section added or removed: its words plainly, under a label, not painted as one long insertion. */
function WholeSection({ section }: { section: SectionChange }) {
  const tone = section.op === "added" ? "border-enacted-fg" : "border-failed-fg";
  return (
    <div className={`mt-2 border-l-4 pl-4 ${tone}`}>
      {section.blocks.map((block, index) => (
        <p key={index} className={`mt-2 ${indent[Math.min(block.depth, indent.length - 1)]}`}>
          {(block.to ?? block.from)?.enum ? <span className="font-bold">{(block.to ?? block.from)!.enum} </span> : null}
          {block.words.map((run) => run.text).join("")}
        </p>
      ))}
    </div>
  );
}

function ChangeLinks({ number, total }: { number: number; total: number }) {
  return (
    <p className="mt-1 flex flex-wrap gap-x-4 text-sm print:hidden">
      <span>
        Change {number} of {total}
      </span>
      {number > 1 ? <a href={`#change-${number - 1}`}>Previous change</a> : null}
      {number < total ? <a href={`#change-${number + 1}`}>Next change</a> : null}
    </p>
  );
}

function SectionBody({ section, view, from, to }: { section: SectionChange; view: RedlineView; from: VersionLink; to: VersionLink }) {
  if (section.op === "added" || section.op === "removed") return <WholeSection section={section} />;
  if (view === "side" && section.op === "changed") {
    return (
      <div className="mt-2 grid gap-4 md:grid-cols-2">
        <div>
          <p className="text-sm font-bold text-muted">{from.name}</p>
          <Blocks blocks={section.blocks} side="from" changesOnly={false} />
        </div>
        <div>
          <p className="text-sm font-bold text-muted">{to.name}</p>
          <Blocks blocks={section.blocks} side="to" changesOnly={false} />
        </div>
      </div>
    );
  }
  return <Blocks blocks={section.blocks} side="both" changesOnly={view === "changes"} />;
}

function Section({ section, view, from, to, change }: RedlineProps & { section: SectionChange; change: { number: number; total: number } | null }): ReactNode {
  const ref = section.to ?? section.from!;
  const version = section.to ? to : from;
  return (
    <section id={sectionAnchor(section)} className="mt-8 scroll-mt-4 border-t border-rule pt-4 target:bg-panel">
      <div id={change ? `change-${change.number}` : undefined} data-change={change ? change.number : undefined} tabIndex={change ? -1 : undefined} className="scroll-mt-4">
        {ref.within.length ? <p className="text-sm text-muted">{ref.within.join(", ")}</p> : null}
        <h3 className="text-xl font-bold">
          {sectionTitle(ref)}{" "}
          <a href={`${version.href}#${ref.id}`} className="ml-1 text-sm font-normal whitespace-nowrap">
            Read in {version.name}
            <span className="sr-only"> ({sectionTitle(ref)})</span>
          </a>
        </h3>
        <p className={`mt-1 font-bold ${isChange(section) ? "" : "text-muted"}`}>{changeWords(section)}</p>
        {section.headingWords ? (
          <p className="mt-1">
            Heading: <WordRuns runs={section.headingWords} side="both" />
          </p>
        ) : null}
        {change ? <ChangeLinks {...change} /> : null}
      </div>
      <div className="max-w-3xl md:max-w-none">
        <SectionBody section={section} view={view} from={from} to={to} />
      </div>
    </section>
  );
}

/** Every section of the redline (or, in the changes view, only those that changed), in the newer version's order. */
export function Redline(props: RedlineProps) {
  const changes = props.comparison.sections.filter(isChange);
  const numbers = new Map(changes.map((section, index) => [section, index + 1]));
  const shown = props.view === "changes" ? changes : props.comparison.sections;
  return shown.map((section) => {
    const number = numbers.get(section);
    return (
      <Section key={sectionAnchor(section)} {...props} section={section} change={number ? { number, total: changes.length } : null} />
    );
  });
}
