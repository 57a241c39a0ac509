import { describe, expect, it } from "vitest";

import { alertMessage, confirmMessage, textVersionMessage } from "./messages";

const links = { siteUrl: "https://tracker.example", unsubscribeToken: "U".repeat(43) };

describe("alert e-mails", () => {
  it("carry RFC 8058 one-click unsubscribe headers and a link in the body", () => {
    for (const message of [
      confirmMessage({ ...links, token: "T".repeat(43), scope: { kind: "all" }, frequency: "daily" }),
      alertMessage({
        ...links,
        scope: { kind: "bill", shortTitle: "ENFORCE Act", slug: "enforce-act" },
        change: "statusEvent.recorded",
        bill: { shortTitle: "ENFORCE Act", slug: "enforce-act", stageLabel: "Passed one chamber" },
        event: {
          stageLabel: "Passed one chamber",
          occurredOn: "2025-12-09",
          chamber: "House",
          description: "Passed the House",
          vote: null,
          sourceUrl: "https://example.org",
          sourceKind: "secondary",
          note: null,
        },
        corrected: null,
        retraction: null,
      }),
    ]) {
      expect(message.headers["List-Unsubscribe"]).toBe(`<https://tracker.example/api/alerts/unsubscribe?token=${"U".repeat(43)}>`);
      expect(message.headers["List-Unsubscribe-Post"]).toBe("List-Unsubscribe=One-Click");
      expect(message.text).toContain(`https://tracker.example/subscribe/unsubscribe?token=${"U".repeat(43)}`);
    }
  });

  it("say what happened, when, where and according to which source", () => {
    const message = alertMessage({
      ...links,
      scope: { kind: "all" },
      change: "statusEvent.corrected",
      bill: { shortTitle: "ENFORCE Act", slug: "enforce-act", stageLabel: "Passed one chamber" },
      event: {
        stageLabel: "Passed one chamber",
        occurredOn: "2025-12-09",
        chamber: "House",
        description: "Passed the House by voice vote",
        vote: "Voice vote",
        sourceUrl: "https://example.org/vote",
        sourceKind: "secondary",
        note: null,
      },
      corrected: {
        stageLabel: "Passed one chamber",
        occurredOn: "2025-12-08",
        chamber: "House",
        description: "Passed the House",
        vote: null,
        sourceUrl: "https://example.org/old",
        sourceKind: "secondary",
        note: null,
      },
      retraction: null,
    });
    expect(message.subject).toBe("Correction: ENFORCE Act: Passed one chamber (9 December 2025)");
    expect(message.text).toContain("Passed one chamber: 9 December 2025, House");
    expect(message.text).toContain("Source (secondary source): https://example.org/vote");
    expect(message.text).toContain("This corrects what we recorded before:\nPassed one chamber: 8 December 2025, House");
  });

  it("name a new version of a bill's text, what changed since the one before, and where to read both", () => {
    const version = { code: "rs", name: "Reported in Senate", versionDate: "2025-06-10", sourceUrl: "https://www.govinfo.gov/rs.xml", changeSummary: "2 sections changed, 1 added" };
    const message = textVersionMessage({
      ...links,
      scope: { kind: "bill", shortTitle: "ENFORCE Act", slug: "enforce-act" },
      bill: { shortTitle: "ENFORCE Act", slug: "enforce-act" },
      version: { ...version, comparedWith: { code: "is", name: "Introduced in Senate" } },
    });
    expect(message.subject).toBe("New text: Reported in Senate — ENFORCE Act");
    expect(message.text).toContain("Reported in Senate, dated 10 June 2025.");
    expect(message.text).toContain("Compared with Introduced in Senate: 2 sections changed, 1 added.\nSee what changed: https://tracker.example/bills/enforce-act/text/compare?from=is&to=rs");
    expect(message.text).toContain("Read it in full: https://tracker.example/bills/enforce-act/text/rs");
    expect(message.text).toContain("Official source: https://www.govinfo.gov/rs.xml");
    expect(message.headers["List-Unsubscribe-Post"]).toBe("List-Unsubscribe=One-Click");
    expect(message.text).toContain(`https://tracker.example/subscribe/unsubscribe?token=${"U".repeat(43)}`);

    const first = textVersionMessage({ ...links, scope: { kind: "all" }, bill: { shortTitle: "ENFORCE Act", slug: "enforce-act" }, version: { ...version, comparedWith: null, changeSummary: null, versionDate: null } });
    expect(first.text).toContain("on the tracker: Reported in Senate.\n\nIt is the first version of this bill's text on the tracker.");
    expect(first.text).not.toContain("/text/compare");
  });
});
