import { helpLines, site } from "@/lib/site-config";

export function SiteFooter() {
  return (
    <footer className="border-t-4 border-link bg-panel">
      <div className="mx-auto w-full max-w-5xl px-4 py-8 sm:px-6">
        <h2 className="text-lg font-bold">Get help or report abuse</h2>
        <ul className="mt-3 space-y-2">
          {helpLines.map((line) => (
            <li key={line.region}>
              {line.lead}: {line.organisation}
              {line.phone ? <>, {line.phone}</> : null}, <a href={line.url}>{line.url.replace(/^https:\/\//, "")}</a>.
            </li>
          ))}
        </ul>
        <p className="mt-6 text-sm text-muted">
          {site.name} records each stage of a bill with its date and source. Corrections are published, never hidden.
        </p>
      </div>
    </footer>
  );
}
