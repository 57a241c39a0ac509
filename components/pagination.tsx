import Link from "next/link";

// GOV.UK's pagination pattern: "Previous" and "Next" links, and the page numbers with gaps
// (first, last, and the pages either side of this one). Plain links, so it works without
// JavaScript and every page has its own address.

type PageItem = number | "gap";

/** The page numbers to show: 1, the current page and its neighbours, and the last page. */
export function pageItems(page: number, pageCount: number): PageItem[] {
  const shown = [...new Set([1, page - 1, page, page + 1, pageCount])].filter((n) => n >= 1 && n <= pageCount).sort((a, b) => a - b);
  return shown.flatMap((n, index): PageItem[] => {
    const previous = shown[index - 1];
    return previous !== undefined && n - previous > 1 ? ["gap", n] : [n];
  });
}

function Arrow({ direction }: { direction: "previous" | "next" }) {
  return (
    <svg aria-hidden="true" focusable="false" width="15" height="13" viewBox="0 0 15 13" className="inline-block fill-current">
      {direction === "previous" ? (
        <path d="m6.5938-0.0078125-6.7266 6.7266 6.7441 6.4062 1.377-1.449-4.1856-3.9768h12.896v-2h-12.984l4.2931-4.293-1.414-1.414z" />
      ) : (
        <path d="m8.107-0.0078125-1.4136 1.414 4.2926 4.293h-12.986v2h12.896l-4.1855 3.9766 1.377 1.4492 6.7441-6.4062-6.7246-6.7266z" />
      )}
    </svg>
  );
}

export function Pagination({ page, pageCount, href, label }: { page: number; pageCount: number; href: (page: number) => string; label: string }) {
  if (pageCount <= 1) return null;
  return (
    <nav aria-label={label} className="mt-10 flex flex-wrap items-center gap-x-6 gap-y-4 border-t border-rule pt-6">
      {page > 1 ? (
        <Link href={href(page - 1)} rel="prev" className="inline-flex items-center gap-2 text-lg font-bold">
          <Arrow direction="previous" />
          <span>
            Previous<span className="sr-only"> page</span>
          </span>
        </Link>
      ) : null}
      <ul className="flex flex-wrap items-center gap-1">
        {pageItems(page, pageCount).map((item, index) =>
          item === "gap" ? (
            <li key={`gap-${index}`} className="px-2 text-lg text-muted" aria-hidden="true">
              ⋯
            </li>
          ) : item === page ? (
            <li key={item}>
              <Link href={href(item)} aria-current="page" aria-label={`Page ${item}`} className="block min-w-10 bg-link px-3 py-1.5 text-center text-lg font-bold text-surface no-underline focus-visible:bg-focus focus-visible:text-focus-text">
                {item}
              </Link>
            </li>
          ) : (
            <li key={item}>
              <Link href={href(item)} aria-label={`Page ${item}`} className="block min-w-10 px-3 py-1.5 text-center text-lg font-bold">
                {item}
              </Link>
            </li>
          ),
        )}
      </ul>
      {page < pageCount ? (
        <Link href={href(page + 1)} rel="next" className="inline-flex items-center gap-2 text-lg font-bold">
          <span>
            Next<span className="sr-only"> page</span>
          </span>
          <Arrow direction="next" />
        </Link>
      ) : null}
      <p className="w-full text-muted">
        Page {page} of {pageCount}
      </p>
    </nav>
  );
}
