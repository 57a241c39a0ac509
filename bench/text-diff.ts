import { cachedComparison } from "@/lib/bill-text/compare/cache";
import { compareTexts } from "@/lib/bill-text/compare/compare";
import { parseTextFile } from "@/lib/bill-text/formats";
import { walk } from "@/lib/bill-text/tree";

import { percentile, round } from "./stats";

// The redline of a 100-page bill: two versions in bill XML, generated (a printed page of a bill
// holds about 250 words), the second as a committee would amend the first — three sections
// inserted near the start (so all after them are renumbered), one in five reworded, two struck,
// one moved and a subsection inserted here and there. Parsed by the real parser, then compared
// cold (goal under 1 s) and again from the cache (goal under 10 ms).
//
//   npm run bench:text

const PAGES = 100;
const WORDS_PER_PAGE = 250;
const vocabulary =
  "provider covered platform shall report the Attorney General Commission content material minor user service account notice removal request within hours days after receipt of a valid the term means any person entity that operates an online interactive computer service under section title United States Code subject to penalty not more than each violation".split(" ");

function random(seed: number) {
  let state = seed;
  return () => {
    state = (state * 1103515245 + 12345) % 2 ** 31;
    return state / 2 ** 31;
  };
}

interface Section {
  heading: string;
  subsections: string[];
}

function words(next: () => number, count: number): string {
  return Array.from({ length: count }, () => vocabulary[Math.floor(next() * vocabulary.length)]).join(" ");
}

function firstVersion(): Section[] {
  const next = random(20251);
  const sections: Section[] = [];
  let total = 0;
  while (total < PAGES * WORDS_PER_PAGE) {
    const subsections = Array.from({ length: 2 + Math.floor(next() * 4) }, () => words(next, 30 + Math.floor(next() * 60)));
    sections.push({ heading: `Provision ${sections.length + 1} ${words(next, 2)}`, subsections });
    total += subsections.reduce((sum, text) => sum + text.split(" ").length, 0);
  }
  return sections;
}

function amended(sections: readonly Section[]): Section[] {
  const next = random(20252);
  const out = sections.map((section, index) =>
    index % 5 === 2
      ? { ...section, subsections: section.subsections.map((text, sub) => (sub === 0 ? text.replace(/\b(shall|report|within)\b/, "must").concat(` ${words(next, 6)}`) : text)) }
      : index % 17 === 5
        ? { ...section, subsections: [...section.subsections.slice(0, 1), words(next, 40), ...section.subsections.slice(1)] }
        : section,
  );
  out.splice(3, 0, ...[1, 2, 3].map((n) => ({ heading: `Inserted provision ${n}`, subsections: [words(next, 50), words(next, 40)] })));
  out.splice(40, 1);
  out.splice(80, 1);
  const [moved] = out.splice(60, 1);
  out.splice(20, 0, moved!);
  return out;
}

const letter = (index: number) => String.fromCharCode(97 + index);
const escapeXml = (text: string) => text.replaceAll("&", "&amp;").replaceAll("<", "&lt;");

function billXml(sections: readonly Section[], stage: string): string {
  const body = sections
    .map(
      (section, index) =>
        `<section id="S${index + 1}"><enum>${index + 1}.</enum><header>${escapeXml(section.heading)}</header>` +
        section.subsections.map((text, sub) => `<subsection id="S${index + 1}${letter(sub)}"><enum>(${letter(sub)})</enum><text>${escapeXml(text)}.</text></subsection>`).join("") +
        `</section>`,
    )
    .join("\n");
  return `<?xml version="1.0"?>\n<bill bill-stage="${stage}"><form><official-title>A generated bill for the benchmark.</official-title></form><legis-body>\n${body}\n</legis-body></bill>\n`;
}

export async function measureTextDiff() {
  const first = firstVersion();
  const from = parseTextFile(billXml(first, "Introduced-in-Senate")).tree;
  const to = parseTextFile(billXml(amended(first), "Reported-in-Senate")).tree;
  const wordCount = [...walk(from.body)].reduce((sum, node) => sum + node.text.split(/\s+/).filter(Boolean).length, 0);

  const cold: number[] = [];
  let summary = compareTexts(from, to).summary;
  for (let run = 0; run < 5; run++) {
    const started = performance.now();
    const result = compareTexts(from, to);
    cold.push(performance.now() - started);
    summary = result.summary;
  }
  const keyed = { from: { sha256: "bench-from", tree: from }, to: { sha256: "bench-to", tree: to } };
  cachedComparison(keyed.from, keyed.to);
  const cached: number[] = [];
  for (let run = 0; run < 200; run++) {
    const started = performance.now();
    cachedComparison(keyed.from, keyed.to);
    cached.push(performance.now() - started);
  }
  return {
    pages: PAGES,
    words: wordCount,
    sections: { from: from.body.length, to: to.body.length },
    summary,
    coldP50Ms: round(percentile(cold, 50)),
    coldMaxMs: round(Math.max(...cold)),
    cachedP95Ms: round(percentile(cached, 95), 3),
  };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  console.log(JSON.stringify(await measureTextDiff(), null, 2));
}
