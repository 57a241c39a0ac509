import type { FormState } from "@/lib/form-state";
import type { BillFormValues } from "@/lib/legislation/bill-form";
import type { ConflictRow } from "@/lib/legislation/revision-diff";

/** Someone saved first: what they changed, and the form to offer (theirs with yours on top). */
export interface ConflictView {
  rows: ConflictRow[];
  merged: BillFormValues;
  currentVersion: number;
  changedBy: string | null;
  changedAt: string | null;
}

// Plain data only: without JavaScript, React writes the last state into the form's hidden
// fields for the next post, so a rendered element here would break the form.
export interface BillFormState extends FormState {
  /** The summary to show rendered, when "Preview" was pressed. */
  preview?: string;
  conflict?: ConflictView;
}
