"use server";

import { redirect } from "next/navigation";

import { currentPrincipal } from "@/lib/auth/session";
import { importTextVersion } from "@/lib/bill-text/commands/import-version";
import { importNoticeQuery } from "@/lib/bill-text/import-notice";
import type { FormState } from "@/lib/form-state";
import { errorState, formFileText, formValues } from "@/lib/http/form-data";
import { expireTags } from "@/lib/http/revalidate";

// A conflict is answered next to the box that resolves it, as well as in the error summary.
const REPLACE_NEEDED = "Tick this box to put the file you chose in place of the one already imported, then choose the file again.";

export async function importTextVersionAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const values = formValues(formData);
  const result = await importTextVersion(await currentPrincipal(), {
    billSlug: values.billSlug,
    code: values.code,
    raw: await formFileText(formData, "raw"),
    versionDate: values.versionDate,
    sourceUrl: values.sourceUrl,
    replace: values.replace === "yes",
  });
  if (!result.ok) {
    const state = errorState(result.error, values);
    return result.error.code === "conflict" ? { ...state, fieldErrors: { replace: [REPLACE_NEEDED] } } : state;
  }
  expireTags(result.value.revalidate);
  redirect(`/admin/bills/${encodeURIComponent(values.billId ?? "")}/text?${importNoticeQuery(result.value)}`);
}
