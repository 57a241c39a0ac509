import { billFieldLabels, billFieldNames, fieldText, revisionOnlyLabels, sameText, type BillFormValues } from "./bill-form";
import type { BillSnapshot } from "./snapshot";

// Field-by-field comparison of two revisions, and the three-way view behind the conflict
// screen. Pure, so unit tests cover it.

export interface FieldChange {
  field: string;
  label: string;
  before: string;
  after: string;
}

const diffFields = [...billFieldNames, "state", "publishAt"] as const;
const labels: Record<string, string> = { ...billFieldLabels, ...revisionOnlyLabels };

/** The fields that differ between two snapshots, in form order, as the text the form shows. */
export function diffSnapshots(before: Partial<BillSnapshot>, after: Partial<BillSnapshot>): FieldChange[] {
  return diffFields.flatMap((field) => {
    const a = fieldText(field, before[field]);
    const b = fieldText(field, after[field]);
    return sameText(a, b) ? [] : [{ field, label: labels[field] ?? field, before: a, after: b }];
  });
}

export interface ConflictRow {
  field: string;
  label: string;
  theirs: string;
  yours: string;
  /** Both of you changed it, differently: the editor must choose. */
  clash: boolean;
}

/**
 * What happened since the editor loaded the form (base → theirs) next to what the editor typed
 * (base → yours), and the form to offer next: the latest version with the editor's own
 * changes re-applied on top.
 */
export function mergeOnTop(
  base: BillFormValues | null,
  theirs: BillFormValues,
  yours: BillFormValues,
): { rows: ConflictRow[]; merged: BillFormValues } {
  const merged = { ...theirs };
  const rows: ConflictRow[] = [];
  for (const field of billFieldNames) {
    // Without the base revision, every difference counts as yours.
    const theyChanged = base ? !sameText(base[field], theirs[field]) : false;
    const youChanged = base ? !sameText(base[field], yours[field]) : !sameText(theirs[field], yours[field]);
    if (youChanged) merged[field] = yours[field];
    if (theyChanged || youChanged) {
      rows.push({
        field,
        label: billFieldLabels[field],
        theirs: theirs[field],
        yours: yours[field],
        clash: theyChanged && youChanged && !sameText(theirs[field], yours[field]),
      });
    }
  }
  return { rows, merged };
}
