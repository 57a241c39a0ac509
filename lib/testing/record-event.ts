import { recordStatusEvent } from "@/lib/legislation/commands/record-status-event";

import { makeUser } from "./users";

/** A status event recorded through the back office's command by a fresh editor. */
export async function recordAsNewEditor(billId: string, description: string): Promise<{ auditId: number; eventId: string }> {
  const editor = await makeUser("editor");
  const result = await recordStatusEvent(editor.principal, {
    billId,
    step: "senate:introduced",
    occurredOn: "2025-01-20",
    description,
    sourceUrl: "https://example.org/source",
    sourceKind: "official",
  });
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
}
