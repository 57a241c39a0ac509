import type { BillOption } from "@/lib/legislation/admin-queries";

import { BillField, InputField, RecordForm, TextAreaField, type RecordFormProps } from "./record-form";

export type KeyDateValues = {
  billId: string;
  date: string;
  title: string;
  description: string;
  sourceUrl: string;
};

const labels = { billId: "Bill", date: "Date", title: "Title", description: "Description", sourceUrl: "Source" };

export function KeyDateForm({ bills, initial, ...form }: RecordFormProps & { bills: readonly BillOption[]; initial: KeyDateValues }) {
  return (
    <RecordForm {...form} initial={initial} labels={labels}>
      <BillField bills={bills} hint="Or none, for a date that concerns the whole subject." none="None" />
      <InputField name="date" label="Date" hint="Deadlines and hearings can be in the future." kind="date" />
      <InputField name="title" label="Title" hint="Like: Platforms must remove reported images within 48 hours." />
      <TextAreaField name="description" label="Description (optional)" />
      <InputField name="sourceUrl" label="Source" hint="The web address that states this date, starting with https://." kind="url" />
    </RecordForm>
  );
}
