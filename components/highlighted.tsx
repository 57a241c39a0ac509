import { splitHighlights } from "@/lib/legislation/highlight";

/** Text with search matches marked; the markers come from the search query, never HTML. */
export function Highlighted({ text }: { text: string }) {
  return (
    <>
      {splitHighlights(text).map((part, index) =>
        part.match ? (
          <mark key={index} className="bg-notice-bg px-0.5 font-bold text-notice-fg">
            {part.text}
          </mark>
        ) : (
          part.text
        ),
      )}
    </>
  );
}
