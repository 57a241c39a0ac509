import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";

import type { DeliveryRow } from "@/lib/alerts/queries";

import { DeliveryLog } from "./delivery-log";

const base: DeliveryRow = {
  id: 7,
  channel: "webhook",
  topic: "statusEvent.recorded",
  status: "failed",
  attempts: 10,
  lastError: "The receiver answered HTTP 500.",
  lastStatusCode: 500,
  createdAt: "2026-11-25T10:00:00.000Z",
  sentAt: null,
  nextAttemptAt: "2026-11-25T18:31:00.000Z",
  target: "https://crm.example/hooks",
  message: null,
};

function render(rows: DeliveryRow[], mailMode: "smtp" | "log" = "smtp") {
  return renderToStaticMarkup(
    createElement(DeliveryLog, {
      rows,
      filter: { status: "failed" },
      nextBefore: 7,
      basePath: "/admin/deliveries",
      resendAction: async () => ({ kind: null, message: "" }),
      mailMode,
    }),
  );
}

describe("DeliveryLog", () => {
  it("says in words how each delivery went, with the receiver's answer and a resend button", () => {
    const html = render([
      base,
      { ...base, id: 6, status: "pending", attempts: 2, lastError: null, lastStatusCode: 503 },
      { ...base, id: 5, channel: "email", topic: "digest.daily", status: "sent", attempts: 1, sentAt: "2026-11-25T09:00:00.000Z", target: "d…@example.org", lastError: null, lastStatusCode: null },
    ]);
    expect(html).toContain("Failed after 10 tries");
    expect(html).toContain("last answer 500");
    expect(html).toContain("Last error: The receiver answered HTTP 500.");
    expect(html).toContain("Waiting: try 3 at 25 Nov 2026, 18:31 UTC");
    expect(html).toContain("Sent 25 Nov 2026, 09:00 UTC");
    expect(html).toContain("To d…@example.org");
    // Resend is offered for finished deliveries only.
    expect(html.match(/>Resend</g)).toHaveLength(2);
    expect(html).toContain('href="/admin/deliveries?status=failed&amp;before=7"');
    expect(html).toContain('aria-current="page"');
  });

  it("shows the kept text of emails when no mail server is configured", () => {
    const html = render([{ ...base, channel: "email", status: "sent", sentAt: "2026-11-25T09:00:00.000Z", message: { subject: "Confirm your Policy Tracker alerts", text: "Open this link" } }], "log");
    expect(html).toContain("No mail server is configured (SMTP_URL)");
    expect(html).toContain("Logged, not sent (no SMTP_URL) 25 Nov 2026, 09:00 UTC");
    expect(html).not.toContain("Sent 25 Nov");
    expect(html).toContain("Message: Confirm your Policy Tracker alerts");
    expect(html).toContain("Open this link");
  });
});
