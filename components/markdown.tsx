import ReactMarkdown, { type Components } from "react-markdown";
import remarkGfm from "remark-gfm";

import { safeLinkTarget } from "@/lib/http/redirect-target";

// Editors write summaries and provisions in Markdown. It is rendered on the server into React
// elements: raw HTML in the source is never rendered (react-markdown ignores it without
// rehype-raw), and only http(s), mailto, on-site and on-page links survive (lib/http/redirect-target.ts),
// so neither a `javascript:` link nor a protocol-relative "//host" one can.
// Headings sit under the section's own h2: a "# Heading" in the source is an h3, never a
// second h1 that could pass for the page's title.


const components: Components = {
  p: ({ children }) => <p className="mt-4 first:mt-0 max-w-3xl">{children}</p>,
  ul: ({ children }) => <ul className="mt-4 list-disc space-y-2 pl-6 max-w-3xl">{children}</ul>,
  ol: ({ children }) => <ol className="mt-4 list-decimal space-y-2 pl-6 max-w-3xl">{children}</ol>,
  h1: ({ children }) => <h3 className="mt-6 text-xl font-bold">{children}</h3>,
  h2: ({ children }) => <h3 className="mt-6 text-xl font-bold">{children}</h3>,
  h3: ({ children }) => <h4 className="mt-6 text-lg font-bold">{children}</h4>,
  h4: ({ children }) => <h5 className="mt-4 font-bold">{children}</h5>,
  h5: ({ children }) => <h6 className="mt-4 font-bold">{children}</h6>,
  h6: ({ children }) => <h6 className="mt-4 font-bold">{children}</h6>,
  blockquote: ({ children }) => <blockquote className="mt-4 border-l-4 border-rule pl-4">{children}</blockquote>,
  a: ({ href, children }) => (href ? <a href={href} rel="noopener">{children}</a> : <>{children}</>),
  img: ({ alt }) => <>{alt}</>,
  table: ({ children }) => (
    <div className="mt-4 max-w-full overflow-x-auto">
      <table className="w-full border-collapse text-left">{children}</table>
    </div>
  ),
  th: ({ children }) => <th className="border-b-2 border-rule py-2 pr-4 align-top font-bold">{children}</th>,
  td: ({ children }) => <td className="border-b border-rule py-2 pr-4 align-top">{children}</td>,
};

/** A whole document under the page's h1 (the editors' guide): its ## headings are the page's h2s. */
const documentComponents: Components = {
  ...components,
  h2: ({ children }) => <h2 className="mt-10 text-2xl font-bold">{children}</h2>,
  h3: ({ children }) => <h3 className="mt-6 text-xl font-bold">{children}</h3>,
};

/** Editor-written Markdown, rendered safely on the server; `document` for a page that is one document. */
export function Markdown({ source, document = false }: { source: string; document?: boolean }) {
  return (
    <ReactMarkdown remarkPlugins={[remarkGfm]} components={document ? documentComponents : components} urlTransform={safeLinkTarget} skipHtml>
      {source}
    </ReactMarkdown>
  );
}
