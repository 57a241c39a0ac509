// Some figures are a short series over time, written the way the source reports them:
//   "4,700 (2023) · 67,000 (2024) · 485,000 (first half of 2025)"
//   "13 → 3,443 (+26,385 %)" for the period "2024 → 2025"
// The facts page charts those. Reading them from the stored text keeps one source of truth: the
// chart cannot say something the figure does not, and its labels are the source's own words.

export interface SeriesPoint {
  /** The period as the source names it, e.g. "first half of 2025". */
  label: string;
  value: number;
  /** The number as the source prints it, e.g. "485,000". */
  display: string;
}

export interface Series {
  points: SeriesPoint[];
  /** What the source adds after the last figure, e.g. "+26,385 %". */
  note: string | null;
}

const NUMBER = String.raw`(\d{1,3}(?:,\d{3})+|\d+)`;
const LABELLED_POINT = new RegExp(String.raw`^${NUMBER}\s*\(([^()]+)\)$`);
const PLAIN_NUMBER = new RegExp(String.raw`^${NUMBER}$`);
const TRAILING_NOTE = /^(.*?)\s*\(([^()]+)\)$/;

function point(display: string, label: string): SeriesPoint {
  return { label: label.trim(), value: Number(display.replaceAll(",", "")), display };
}

/** The series in a figure, or null if the figure is not a series of two or more counts. */
export function parseSeries(value: string, period: string): Series | null {
  const labelled = value.split(" · ").flatMap((part) => {
    const [, display, label] = LABELLED_POINT.exec(part.trim()) ?? [];
    return display && label ? [point(display, label)] : [];
  });
  if (labelled.length >= 2 && labelled.length === value.split(" · ").length) return { points: labelled, note: null };

  const parts = value.split("→").map((part) => part.trim());
  const labels = period.split("→").map((part) => part.trim());
  if (parts.length < 2 || parts.length !== labels.length) return null;
  const [, lastFigure, note] = TRAILING_NOTE.exec(parts.at(-1) ?? "") ?? [];
  if (lastFigure !== undefined) parts[parts.length - 1] = lastFigure;
  const points = parts.flatMap((part, index) => {
    const label = labels[index];
    return PLAIN_NUMBER.test(part) && label ? [point(part, label)] : [];
  });
  return points.length === parts.length ? { points, note: note?.trim() ?? null } : null;
}
