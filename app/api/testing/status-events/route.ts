import { z } from "zod";

import { getConfig } from "@/lib/config";
import { db } from "@/lib/db/client";
import { expireTags } from "@/lib/http/revalidate";
import { recordStatusEvent } from "@/lib/legislation/commands/record-status-event";
import { todayIn } from "@/lib/legislation/dates";
import { modelOf } from "@/lib/legislation/process";
import type { ErrorCode } from "@/lib/result";
import { liveEventIds } from "@/lib/live/event-id";

// POST a status event through the real command (recordStatusEvent), as the editor named in the
// body: authorisation, validation, audit row, notice and outbox are the back office's own. For
// the browser tests and the benchmark, which need many writes without driving the admin form;
// without ENABLE_TEST_ROUTES this route does not exist. The caller creates the editor account.
export const dynamic = "force-dynamic";

const bodySchema = z.object({
  editorEmail: z.string().min(1).max(320),
  slug: z.string().min(1).max(200),
  description: z.string().min(1).max(500),
  /** Defaults to the bill's current step, so only the history and latest event change. */
  stage: z.string().min(1).max(100).optional(),
  /** The step's path; defaults to the current step's, or the step's only path. */
  path: z.string().min(1).max(100).optional(),
  /** YYYY-MM-DD; defaults to today where the legislature sits. */
  occurredOn: z.string().regex(/^\d{4}-\d{2}-\d{2}$/).optional(),
  /** Wait this long before running the command: a request surely in flight (shutdown test). */
  holdMs: z.number().int().min(0).max(5_000).optional(),
});

const statuses: Record<ErrorCode, number> = { validation: 422, conflict: 409, forbidden: 403, not_found: 404, rate_limited: 429 };

function problem(status: number, code: string, message: string, fieldErrors?: Record<string, string[]>): Response {
  return Response.json({ error: { code, message, ...(fieldErrors ? { fieldErrors } : {}) } }, { status });
}

export async function POST(request: Request) {
  if (!getConfig().ENABLE_TEST_ROUTES) return new Response("Not found", { status: 404 });
  const parsed = bodySchema.safeParse(await request.json().catch(() => null));
  if (!parsed.success) return problem(422, "validation", "Send JSON with an editorEmail, a slug and a description.");
  const { editorEmail, slug, description, stage, path, occurredOn, holdMs } = parsed.data;

  // The principal a signed-in session of this account would carry; the command checks it.
  const editor = await db.user.findUnique({ where: { email: editorEmail }, select: { id: true, sessionVersion: true } });
  const bill = await db.bill.findUnique({ where: { slug }, select: { id: true, jurisdiction: true, currentStage: true, currentPath: true } });
  if (!bill) return problem(404, "not_found", `No bill has the slug ${slug}.`);
  if (holdMs) await new Promise((resolve) => setTimeout(resolve, holdMs));

  const model = modelOf(bill.jurisdiction);
  const first = model.paths[0];
  const result = await recordStatusEvent(editor ? { userId: editor.id, sessionVersion: editor.sessionVersion } : null, {
    billId: bill.id,
    stage: stage ?? bill.currentStage ?? first?.steps[0]?.code,
    path: path ?? (stage ? undefined : (bill.currentPath ?? first?.code)),
    occurredOn: occurredOn ?? todayIn(model.timeZone),
    description,
    sourceUrl: "https://example.org/test-route-source",
    sourceKind: "official",
  });
  if (!result.ok) return problem(statuses[result.error.code], result.error.code, result.error.message, result.error.fieldErrors);
  expireTags(result.value.revalidate);
  // liveEventId: how the live stream names this change (lib/live/event-id.ts).
  return Response.json(
    { auditId: result.value.auditId, eventId: result.value.eventId, liveEventId: liveEventIds().encode(result.value.auditId) },
    { status: 201 },
  );
}
