import { describe, expect, it } from "vitest";

import { checkHealth } from "./health";

describe("checkHealth", () => {
  it("reports ready when the database answers and every migration is applied", async () => {
    expect(await checkHealth()).toEqual({ status: "ok", database: "ok", migrations: "ok" });
  });
});
