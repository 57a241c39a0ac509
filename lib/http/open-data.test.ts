import { describe, expect, it, vi } from "vitest";

import { withProblemOnError } from "./open-data";

// An API handler whose database went away answers "unavailable, try again", not a 500.

const request = new Request("http://localhost/api/v1/bills");

describe("withProblemOnError", () => {
  it("answers 503 with Retry-After when the database cannot be reached", async () => {
    vi.spyOn(console, "error").mockImplementation(() => undefined);
    const unreachable = { name: "PrismaClientKnownRequestError", code: "P1001", message: "Can't reach database server at 127.0.0.1:5432" };
    const response = await withProblemOnError(request, () => Promise.reject(unreachable));
    expect(response.status).toBe(503);
    expect(response.headers.get("Retry-After")).toBe("5");
    expect(await response.json()).toMatchObject({ status: 503, title: "Temporarily unavailable" });
  });

  it("keeps answering 500 with a reference for anything else", async () => {
    vi.spyOn(console, "error").mockImplementation(() => undefined);
    const response = await withProblemOnError(request, () => Promise.reject(new TypeError("a bug")));
    expect(response.status).toBe(500);
    expect(response.headers.get("Retry-After")).toBeNull();
    expect(((await response.json()) as { detail: string }).detail).toMatch(/quote reference [0-9a-f-]{36}/);
  });
});
