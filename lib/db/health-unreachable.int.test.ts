import { describe, expect, it } from "vitest";

import { resetConfig } from "@/lib/config";

import { disconnectDb } from "./client";
import { checkHealth } from "./health";

describe("checkHealth without a database", () => {
  it("reports unavailable, not an error, when PostgreSQL cannot be reached", async () => {
    await disconnectDb();
    process.env.DATABASE_URL = "postgresql://postgres@127.0.0.1:1/nowhere";
    resetConfig();
    expect(await checkHealth()).toEqual({ status: "unavailable", database: "unreachable", migrations: "unknown" });
  });
});
