import { describe, expect, it } from "vitest";

import { can } from "./policy";

describe("role permissions", () => {
  it("lets editors edit content and read its audit log, but not manage users, delete bills or read the whole log", () => {
    for (const permission of ["update:bill:any", "publish:bill:any", "record:statusEvent:any", "retract:statusEvent:any", "manage:statistic:any", "read:audit:content"] as const) {
      expect(can("editor", permission)).toBe(true);
    }
    for (const permission of ["manage:user:any", "read:user:any", "delete:bill:any", "read:audit:any"] as const) {
      expect(can("editor", permission)).toBe(false);
    }
  });

  it("gives admins everything editors have, and more", () => {
    for (const permission of ["update:bill:any", "manage:user:any", "delete:bill:any", "read:audit:any", "update:user:own"] as const) {
      expect(can("admin", permission)).toBe(true);
    }
  });
});
