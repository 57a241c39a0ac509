import { expect, it } from "vitest";

import { statusEventTagUri } from "./tag-uri";

it("builds RFC 4151 tag URIs from the host (no port) and the day the event was first recorded", () => {
  expect(statusEventTagUri("https://tracker.example:8443", "2025-05-19T14:03:00.000Z", "clx1")).toBe(
    "tag:tracker.example,2025-05-19:status-event:clx1",
  );
});
