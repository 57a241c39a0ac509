import type { Series } from "@/lib/facts/series";

// A horizontal bar chart drawn on the server as SVG, with its numbers in a visible table: no
// chart library reaches the browser, and the table is the accessible form of the same data.
// Bar lengths are percentages of the largest value, so the chart scales to any width while its
// text keeps its size.

const ROW = 64;
const BAR = 22;

export function BarChart({ id, title, source, series }: { id: string; title: string; source: string; series: Series }) {
  const max = Math.max(...series.points.map((point) => point.value));
  const summary = series.points.map((point) => `${point.label}: ${point.display}`).join("; ");
  return (
    <figure aria-labelledby={`${id}-caption`} className="mt-6 border-t-4 border-link pt-4">
      <figcaption id={`${id}-caption`}>
        <span className="block text-xl font-bold">{title}</span>
        <span className="block text-muted">As reported by {source}</span>
      </figcaption>
      <svg
        role="img"
        aria-label={`${title}. ${summary}.`}
        width="100%"
        height={series.points.length * ROW}
        className="mt-4 block overflow-visible"
      >
        {series.points.map((point, index) => {
          const share = (point.value / max) * 100;
          // The smallest bars still show as a sliver, and the exact figure is printed beside them.
          const width = Math.max(share, 0.6);
          const inside = share > 70;
          const y = index * ROW;
          return (
            <g key={point.label}>
              <text x="0" y={y + 16} className="fill-ink text-sm">
                {point.label}
              </text>
              <rect x="0" y={y + 24} width={`${width}%`} height={BAR} className="fill-link" />
              <text
                x={`${width}%`}
                dx={inside ? -8 : 8}
                y={y + 24 + BAR / 2}
                dominantBaseline="central"
                textAnchor={inside ? "end" : "start"}
                className={`text-sm font-bold ${inside ? "fill-surface" : "fill-ink"}`}
              >
                {point.display}
              </text>
            </g>
          );
        })}
      </svg>
      <table className="mt-4 w-full border-collapse text-left">
        <caption className="text-left text-sm text-muted">The figures in this chart</caption>
        <thead>
          <tr className="border-b-2 border-ink">
            <th scope="col" className="py-1 pr-4">
              Period
            </th>
            <th scope="col" className="py-1 text-right">
              Count
            </th>
          </tr>
        </thead>
        <tbody>
          {series.points.map((point) => (
            <tr key={point.label} className="border-b border-rule">
              <th scope="row" className="py-1 pr-4 font-normal">
                {point.label}
              </th>
              <td className="py-1 text-right tabular-nums">{point.display}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {series.note ? <p className="mt-2 text-sm">Change over the period, as reported: {series.note}</p> : null}
    </figure>
  );
}
