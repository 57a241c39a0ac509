import { ImageResponse } from "next/og";

import { viewBill } from "@/lib/legislation/bill-view";
import { jurisdictionNames } from "@/lib/legislation/chambers";
import { formatIsoDay, today } from "@/lib/legislation/dates";
import { getBill } from "@/lib/legislation/public-cache";
import { stepsReached } from "@/lib/legislation/tracker";
import { site } from "@/lib/site-config";
import { ogSafeText } from "@/lib/sharing/og-text";

// The picture a link to a bill shows when shared: title, stage and progress. Drawn on the server
// with next/og's bundled font only (see lib/sharing/og-text.ts), so it needs no network.

export const dynamic = "force-dynamic";
export const alt = "The bill's title, current stage and progress through the legislature";
export const size = { width: 1200, height: 630 };
export const contentType = "image/png";

const colours = {
  ink: "#0b0c0c",
  muted: "#484949",
  link: "#1d70b8",
  rule: "#b1b4b6",
  enacted: { bg: "#cce2d8", fg: "#005a30" },
  pending: { bg: "#bbd4ea", fg: "#0c2d4a" },
  failed: { bg: "#f4cdc6", fg: "#942514" },
};

const outcomeWords = { enacted: "Law", pending: "In progress", failed: "Did not pass" } as const;

export default async function Image({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const bill = await getBill(slug);
  if (!bill) return new Response("There is no published bill at this address.", { status: 404 });
  const view = viewBill(bill, { today: today() });
  const outcome = view.stage?.outcome ?? "pending";
  const tag = colours[outcome];

  return new ImageResponse(
    (
      <div style={{ display: "flex", flexDirection: "column", width: "100%", height: "100%", background: "#ffffff", borderLeft: `24px solid ${colours.link}`, padding: "56px 64px", color: colours.ink }}>
        <div style={{ display: "flex", fontSize: 28, color: colours.muted }}>
          {ogSafeText(`${site.name} · ${jurisdictionNames[bill.jurisdiction]} · ${bill.session}`)}
        </div>
        <div style={{ display: "flex", marginTop: 28, fontSize: bill.shortTitle.length > 40 ? 60 : 76, fontWeight: 700, lineHeight: 1.1 }}>
          {ogSafeText(bill.shortTitle)}
        </div>
        {bill.numbers.length ? (
          <div style={{ display: "flex", marginTop: 16, fontSize: 30, color: colours.muted }}>{ogSafeText(bill.numbers.join(" / "))}</div>
        ) : null}
        <div style={{ display: "flex", marginTop: "auto" }}>
          <div style={{ display: "flex", background: tag.bg, color: tag.fg, fontSize: 36, padding: "8px 20px" }}>
            {ogSafeText(`${view.stage?.label ?? "No status recorded yet"} · ${outcomeWords[outcome]}`)}
          </div>
        </div>
        <div style={{ display: "flex", marginTop: 28, gap: 8 }}>
          {view.tracker.steps.map((step) => (
            <div
              key={step.code}
              style={{
                display: "flex",
                flexGrow: 1,
                height: 20,
                background: step.status === "done" || step.status === "current" ? (step.status === "current" ? colours.link : colours.ink) : "#ffffff",
                border: `3px solid ${step.status === "done" || step.status === "current" ? "transparent" : colours.rule}`,
              }}
            />
          ))}
        </div>
        <div style={{ display: "flex", marginTop: 16, fontSize: 28, color: colours.muted }}>
          {ogSafeText(
            `${stepsReached(view.tracker)} of ${view.tracker.steps.length} stages reached${view.lastEventOn ? ` · latest event ${formatIsoDay(view.lastEventOn)}` : ""}`,
          )}
        </div>
      </div>
    ),
    { ...size, headers: { "Cache-Control": "public, max-age=300, stale-while-revalidate=86400" } },
  );
}
