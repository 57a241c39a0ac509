import { ImageResponse } from "next/og";

import { viewBill } from "@/lib/legislation/bill-view";
import { formatIsoDay, today } from "@/lib/legislation/dates";
import { legislatureName, outcomeOfPhase, phaseLabel } from "@/lib/legislation/process";
import { getBill } from "@/lib/legislation/public-cache";
import { site } from "@/lib/site-config";
import { ogSafeText } from "@/lib/sharing/og-text";

// The picture a link to a bill shows when shared: title, where it stands, and its paths. Drawn on the server
// with next/og's bundled font only (see lib/sharing/og-text.ts), so it needs no network.

export const dynamic = "force-dynamic";
export const alt = "The bill's title, where it stands, and its progress through the legislature";
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

export default async function Image({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const bill = await getBill(slug);
  if (!bill) return new Response("There is no published bill at this address.", { status: 404 });
  const view = viewBill(bill, { today: today() });
  const { status } = view;
  const tag = colours[status.phase === "no_longer_in_force" ? "failed" : outcomeOfPhase(status.phase)];
  const slots = status.paths.flatMap((path) => path.slots.map((slot) => ({ key: `${path.code}-${slot.code}`, status: slot.status })));

  return new ImageResponse(
    (
      <div style={{ display: "flex", flexDirection: "column", width: "100%", height: "100%", background: "#ffffff", borderLeft: `24px solid ${colours.link}`, padding: "56px 64px", color: colours.ink }}>
        <div style={{ display: "flex", fontSize: 28, color: colours.muted }}>
          {ogSafeText(`${site.name} · ${legislatureName(bill.jurisdiction)} · ${bill.session}`)}
        </div>
        <div style={{ display: "flex", marginTop: 28, fontSize: bill.shortTitle.length > 40 ? 60 : 76, fontWeight: 700, lineHeight: 1.1 }}>
          {ogSafeText(bill.shortTitle)}
        </div>
        {bill.numbers.length ? (
          <div style={{ display: "flex", marginTop: 16, fontSize: 30, color: colours.muted }}>{ogSafeText(bill.numbers.join(" / "))}</div>
        ) : null}
        <div style={{ display: "flex", marginTop: "auto", fontSize: 36, fontWeight: 700 }}>
          {ogSafeText(status.sentence || "No status recorded yet")}
        </div>
        <div style={{ display: "flex", marginTop: 16 }}>
          <div style={{ display: "flex", background: tag.bg, color: tag.fg, fontSize: 30, padding: "6px 18px" }}>{ogSafeText(phaseLabel(status.phase))}</div>
        </div>
        <div style={{ display: "flex", marginTop: 28, gap: 8 }}>
          {slots.map((step) => (
            <div
              key={step.key}
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
          {ogSafeText(view.lastEventOn ? `Latest event ${formatIsoDay(view.lastEventOn)}` : "No event recorded yet")}
        </div>
      </div>
    ),
    { ...size, headers: { "Cache-Control": "public, max-age=300, stale-while-revalidate=86400" } },
  );
}
