import type { TextVersionKind } from "@/lib/bill-text/versions";

import { CheckboxField, ChoiceField, FileField, InputField, RecordForm, type RecordAction } from "./record-form";

const labels = { code: "Version", raw: "File", versionDate: "Date", sourceUrl: "Source", replace: "Replace" };

/** Upload one official version of a bill's text from its file. */
export function TextVersionForm({ action, billId, billSlug, kinds }: { action: RecordAction; billId: string; billSlug: string; kinds: readonly TextVersionKind[] }) {
  return (
    <RecordForm action={action} initial={{}} labels={labels} submitLabel="Import this version" pendingText="Importing…">
      <input type="hidden" name="billId" value={billId} />
      <input type="hidden" name="billSlug" value={billSlug} />
      <ChoiceField
        name="code"
        label="Version"
        hint="As the legislature names it. A US bill's file says its own version, which must match."
        none="Choose a version"
        choices={kinds.map((kind) => ({ value: kind.code, label: `${kind.name} (${kind.code})` }))}
      />
      <FileField
        name="raw"
        label="File"
        hint="The bill's XML from govinfo (BILLS-…xml), or its HTML page where no XML is published."
        accept=".xml,.htm,.html,application/xml,text/xml,text/html"
      />
      <InputField name="versionDate" label="Date (optional)" hint="The day of the action this version records, like 2025-02-13." kind="date" />
      <InputField name="sourceUrl" label="Source (optional)" hint="Where the file is published, starting with https://." kind="url" />
      <CheckboxField
        name="replace"
        label="Replace the file already imported for this version"
        hint="Only to correct an import: the public page then shows the new file."
      />
    </RecordForm>
  );
}
