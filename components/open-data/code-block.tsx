/** A block of code that scrolls on its own on narrow screens, reachable by keyboard to do so. */
export function CodeBlock({ label, children }: { label: string; children: string }) {
  return (
    <pre
      tabIndex={0}
      role="region"
      aria-label={label}
      className="mt-3 max-w-full overflow-x-auto border-l-4 border-rule bg-panel p-4 text-sm leading-snug"
    >
      <code>{children}</code>
    </pre>
  );
}
