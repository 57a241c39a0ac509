import Link from "next/link";

// The way up from a bill's pages to the board: each level a link, the page itself last and
// marked as current.

export function Breadcrumbs({ trail, current }: { trail: readonly { href: string; label: string }[]; current: string }) {
  return (
    <nav aria-label="Breadcrumb" className="text-sm">
      <ol className="flex flex-wrap gap-x-2">
        {trail.map((step) => (
          <li key={step.href}>
            <Link href={step.href}>{step.label}</Link>
            <span aria-hidden="true"> ›</span>
          </li>
        ))}
        <li aria-current="page">{current}</li>
      </ol>
    </nav>
  );
}
