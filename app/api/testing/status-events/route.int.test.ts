import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";

import { resetConfig } from "@/lib/config";
import { db } from "@/lib/db/client";
import { makeUser } from "@/lib/testing/users";
import { makeBill } from "@/prisma/seed/make-bill";

import { POST } from "./route";

// The test route records through the real command as the editor it names. Outside a Next.js
// request there is no cache to expire, so expiring tags is recorded instead.
const expired = vi.hoisted(() => [] as string[]);
vi.mock("next/cache", () => ({ revalidateTag: (tag: string) => expired.push(tag) }));

function post(body: unknown): Promise<Response> {
  return POST(new Request("http://localhost/api/testing/status-events", { method: "POST", body: JSON.stringify(body) }));
}

afterEach(() => {
  vi.unstubAllEnvs();
  resetConfig();
  expired.length = 0;
});

describe("POST /api/testing/status-events without ENABLE_TEST_ROUTES", () => {
  beforeEach(() => {
    vi.stubEnv("ENABLE_TEST_ROUTES", "");
    resetConfig();
  });

  it("does not exist, and writes nothing", async () => {
    const editor = await makeUser("editor");
    const bill = await makeBill({ state: "published" });
    const response = await post({ editorEmail: editor.email, slug: bill.slug, description: "Should not be recorded" });
    expect(response.status).toBe(404);
    expect(await db.statusEvent.count({ where: { description: "Should not be recorded" } })).toBe(0);
  });
});

describe("POST /api/testing/status-events with ENABLE_TEST_ROUTES", () => {
  beforeEach(() => {
    vi.stubEnv("ENABLE_TEST_ROUTES", "1");
    resetConfig();
  });

  it("records through the command as the editor: event, audit row, stage kept, tags expired", async () => {
    const editor = await makeUser("editor");
    const bill = await makeBill({ state: "published", slug: "route-recorded" });
    const response = await post({ editorEmail: editor.email, slug: bill.slug, description: "Reported by committee", occurredOn: "2025-02-01" });
    expect(response.status).toBe(201);
    const { auditId, eventId } = (await response.json()) as { auditId: number; eventId: string };

    const event = await db.statusEvent.findUniqueOrThrow({ where: { id: eventId } });
    expect(event).toMatchObject({ billId: bill.id, stage: "introduced", description: "Reported by committee", recordedById: editor.id });
    const audit = await db.auditLog.findUniqueOrThrow({ where: { id: auditId } });
    expect(audit).toMatchObject({ action: "statusEvent.recorded", entityId: eventId, actorId: editor.id, actorEmail: editor.email });
    expect(expired).toEqual(expect.arrayContaining(["bill:route-recorded"]));
  });

  it("is refused by the command's own authorisation for an unknown or deactivated account", async () => {
    const bill = await makeBill({ state: "published" });
    const deactivated = await makeUser("editor", { deactivated: true });
    for (const editorEmail of ["nobody@example.org", deactivated.email]) {
      const response = await post({ editorEmail, slug: bill.slug, description: "Refused write" });
      expect(response.status).toBe(403);
    }
    expect(await db.statusEvent.count({ where: { description: "Refused write" } })).toBe(0);
  });

  it("passes on the command's validation errors and an unknown slug", async () => {
    const editor = await makeUser("editor");
    const bill = await makeBill({ state: "published" });
    const invalid = await post({ editorEmail: editor.email, slug: bill.slug, description: "Bad stage", stage: "no_such_stage" });
    expect(invalid.status).toBe(422);
    expect(((await invalid.json()) as { error: { fieldErrors: Record<string, string[]> } }).error.fieldErrors).toHaveProperty("step");
    const unknown = await post({ editorEmail: editor.email, slug: "no-such-bill", description: "Nowhere" });
    expect(unknown.status).toBe(404);
  });
});
