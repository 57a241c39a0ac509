import { CodeBlock } from "@/components/open-data/code-block";
import { CopyButton } from "@/components/copy-button";
import type { EmbedTheme } from "@/lib/legislation/public-params";

const themes: { value: EmbedTheme; label: string }[] = [
  { value: "auto", label: "Match the reader's setting" },
  { value: "light", label: "Light" },
  { value: "dark", label: "Dark" },
];

/**
 * The code an advocate pastes into their site to show where a bill stands, with a theme choice
 * (a GET form, so it works without JavaScript), a copy button and a live preview of the widget.
 */
export function EmbedCode({ slug, shortTitle, origin, path, theme }: { slug: string; shortTitle: string; origin: string; path: string; theme: EmbedTheme }) {
  const src = `/embed/bills/${slug}${theme === "auto" ? "" : `?theme=${theme}`}`;
  const title = `${shortTitle.replaceAll('"', "&quot;")}: where it stands`;
  const snippet = `<iframe
  src="${origin}${src}"
  title="${title}"
  width="100%" height="260" style="border:0" loading="lazy"></iframe>`;
  return (
    <section aria-labelledby="embed-heading" className="mt-8 max-w-3xl">
      <h3 id="embed-heading" className="scroll-mt-4 text-xl font-bold">
        Embed it on your site
      </h3>
      <p className="mt-2">A small box that shows where the bill stands and follows it live. Paste this code into your page.</p>
      <form method="get" action={`${path}#embed-heading`} className="mt-3">
        <fieldset>
          <legend className="font-bold">Colours</legend>
          <div className="mt-1 flex flex-wrap gap-x-6 gap-y-2">
            {themes.map((option) => (
              <label key={option.value} className="flex items-center gap-2">
                <input type="radio" name="embedTheme" value={option.value} defaultChecked={option.value === theme} className="size-5 accent-link" />
                {option.label}
              </label>
            ))}
          </div>
        </fieldset>
        <button type="submit" className="mt-3 font-bold text-link underline">
          Show the code for these colours
        </button>
      </form>
      <CodeBlock label="Code to embed the bill">{snippet}</CodeBlock>
      <CopyButton text={snippet} label="Copy the code" />
      <h4 className="mt-4 font-bold">Preview</h4>
      <iframe src={src} title={`Preview: ${shortTitle}: where it stands`} className="mt-2 h-[260px] w-full border-2 border-rule" loading="lazy" />
    </section>
  );
}
