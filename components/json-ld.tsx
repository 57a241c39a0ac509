import { jsonLdText } from "@/lib/legislation/json-ld";

/** Structured data for search engines. Only JSON, with "<" escaped so it cannot end the tag. */
export function JsonLd({ data }: { data: object }) {
  return <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: jsonLdText(data) }} />;
}
