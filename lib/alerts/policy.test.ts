import { describe, expect, it } from "vitest";

import { can } from "./policy";

describe("alerts policy", () => {
  it("lets administrators manage webhooks and deliveries, and nobody else", () => {
    const admin = { id: "a", role: "admin" as const };
    const editor = { id: "e", role: "editor" as const };
    for (const permission of ["manage:webhook:any", "read:delivery:any", "resend:delivery:any"] as const) {
      expect(can(admin, permission)).toBe(true);
      expect(can(editor, permission)).toBe(false);
      expect(can(null, permission)).toBe(false);
    }
  });
});
