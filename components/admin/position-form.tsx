import Link from "next/link";

import type { BillOption } from "@/lib/legislation/admin-queries";
import { positionStanceLabels, positionStances } from "@/lib/legislation/positions";

import { BillField, ChoiceField, InputField, RecordForm, TextAreaField, type RecordFormProps } from "./record-form";

export type PositionValues = {
  billId: string;
  organisationId: string;
  stance: string;
  statement: string;
  sourceUrl: string;
  statedOn: string;
};

const labels = { billId: "Bill", organisationId: "Organisation", stance: "Position", statement: "Statement", sourceUrl: "Source", statedOn: "Date stated" };

export function PositionForm({
  bills,
  organisations,
  initial,
  ...form
}: RecordFormProps & { bills: readonly BillOption[]; organisations: readonly { id: string; name: string }[]; initial: PositionValues }) {
  return (
    <RecordForm {...form} initial={initial} labels={labels}>
      <BillField bills={bills} />
      <ChoiceField
        name="organisationId"
        label="Organisation"
        hint={
          <>
            Not in the list? <Link href="/admin/organisations">Add it first</Link>.
          </>
        }
        none="Choose an organisation"
        choices={organisations.map((organisation) => ({ value: organisation.id, label: organisation.name }))}
      />
      <ChoiceField
        name="stance"
        label="Position"
        none="Choose a position"
        choices={positionStances.map((stance) => ({ value: stance, label: positionStanceLabels[stance] }))}
      />
      <TextAreaField name="statement" label="Statement" hint="What the organisation said, in a sentence or two." />
      <InputField name="sourceUrl" label="Source (optional)" hint="Where the organisation said it, starting with https://." kind="url" />
      <InputField name="statedOn" label="Date stated" hint="The day the organisation took this position, like 2025-03-01." kind="date" />
    </RecordForm>
  );
}
