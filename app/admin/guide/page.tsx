import { readFile } from "node:fs/promises";
import path from "node:path";

import type { Metadata } from "next";

import { Markdown } from "@/components/markdown";
import { requirePermission } from "@/lib/auth/session";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Editors’ guide" };

// The guide lives in docs/editing.md, so that it is read the same in the repository and here.
const GUIDE = path.join(process.cwd(), "docs", "editing.md");

export default async function GuidePage() {
  await requirePermission("read:bill:any");
  const source = await readFile(GUIDE, "utf8");
  // The file's own title is the page's h1; the rest is rendered below it.
  const [title, ...rest] = source.split("\n");
  return (
    <article aria-labelledby="guide-title" className="max-w-3xl">
      <h1 id="guide-title" className="text-4xl font-bold">
        {title?.replace(/^#\s*/, "") ?? "Editors’ guide"}
      </h1>
      <div className="mt-6">
        <Markdown source={rest.join("\n")} document />
      </div>
    </article>
  );
}
