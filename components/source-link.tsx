/** A link to where a fact comes from, saying when that is not the official record. */
export function SourceLink({ url, kind }: { url: string; kind?: "official" | "secondary" }) {
  const host = URL.canParse(url) ? new URL(url).hostname.replace(/^www\./, "") : url;
  return (
    <>
      <a href={url} rel="noopener">
        Source: {host}
      </a>
      {kind === "secondary" ? <span className="text-muted"> (secondary source)</span> : null}
    </>
  );
}
