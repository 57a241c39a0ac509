import { z } from "zod";

import { getConfig } from "@/lib/config";
import { recordSimulatedEvent } from "@/lib/live/testing/simulated-command";

// POST a simulated status event (lib/live/testing/simulated-command.ts). For the browser tests
// and the benchmark only: without ENABLE_TEST_ROUTES this route does not exist.
export const dynamic = "force-dynamic";

const bodySchema = z.object({
  slug: z.string().min(1).max(200),
  description: z.string().min(1).max(500),
  occurredOn: z.string().regex(/^\d{4}-\d{2}-\d{2}$/).optional(),
  holdMs: z.number().int().min(0).max(5_000).optional(),
});

export async function POST(request: Request) {
  if (!getConfig().ENABLE_TEST_ROUTES) return new Response("Not found", { status: 404 });
  const parsed = bodySchema.safeParse(await request.json().catch(() => null));
  if (!parsed.success) {
    return Response.json({ error: { code: "validation", message: "Send JSON with a slug and a description." } }, { status: 422 });
  }
  const recorded = await recordSimulatedEvent(parsed.data);
  if (!recorded) return Response.json({ error: { code: "not_found", message: `No bill has the slug ${parsed.data.slug}.` } }, { status: 404 });
  return Response.json(recorded, { status: 201 });
}
