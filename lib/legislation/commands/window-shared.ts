import "server-only";

import type { ParticipationWindow } from "@/lib/db/generated/client";
import type { z } from "zod";

import { parseDay, toDay } from "../dates";
import type { participationWindowSchema } from "../schema";

export const WINDOW_CONFLICT = "Someone else changed this window after you opened it. Reload the page to see their change, then edit again.";

export function windowColumns(fields: z.infer<typeof participationWindowSchema>) {
  const opensOn = parseDay(fields.opensOn);
  const closesOn = parseDay(fields.closesOn);
  if (!opensOn || !closesOn) throw new Error("window days passed validation but are not days");
  return { ...fields, opensOn, closesOn };
}

/** A window as the audit log keeps it: each save's before and after are its revisions. */
export function windowAuditView(window: ParticipationWindow) {
  return {
    billId: window.billId,
    kind: window.kind,
    title: window.title,
    runBy: window.runBy,
    respondUrl: window.respondUrl,
    description: window.description,
    opensOn: toDay(window.opensOn),
    closesOn: toDay(window.closesOn),
    version: window.version,
  };
}
