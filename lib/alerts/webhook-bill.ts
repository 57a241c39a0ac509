import type { BillSummary } from "@/lib/api/schema";

/** The bill as every webhook event carries it: where it stands, without its history. */
export function webhookBill(summary: BillSummary) {
  return {
    slug: summary.slug,
    url: summary.url,
    apiUrl: summary.apiUrl,
    shortTitle: summary.shortTitle,
    jurisdiction: summary.jurisdiction,
    stage: summary.stage,
    path: summary.path,
    stageLabel: summary.stageLabel,
    outcome: summary.outcome,
    phase: summary.phase,
    status: summary.status,
  };
}
