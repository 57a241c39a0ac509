import type { BillOption } from "@/lib/legislation/admin-queries";
import { participationKindLabels, participationKinds } from "@/lib/legislation/windows";

import { BillField, ChoiceField, InputField, RecordForm, TextAreaField, type RecordFormProps } from "./record-form";

export type WindowValues = {
  billId: string;
  kind: string;
  title: string;
  runBy: string;
  respondUrl: string;
  description: string;
  opensOn: string;
  closesOn: string;
};

const labels = {
  billId: "Bill",
  kind: "Kind",
  title: "Title",
  runBy: "Run by",
  respondUrl: "How to respond",
  description: "Description",
  opensOn: "Opens",
  closesOn: "Closes",
};

export function WindowForm({ bills, initial, ...form }: RecordFormProps & { bills: readonly BillOption[]; initial: WindowValues }) {
  return (
    <RecordForm {...form} initial={initial} labels={labels}>
      <BillField bills={bills} />
      <ChoiceField
        name="kind"
        label="Kind"
        none="Choose a kind"
        choices={participationKinds.map((kind) => ({ value: kind, label: participationKindLabels[kind] }))}
      />
      <InputField name="title" label="Title" hint="Like: Home Affairs Committee call for evidence on AI image generators." />
      <InputField name="runBy" label="Run by" hint="The committee, regulator or department that runs it." />
      <InputField name="respondUrl" label="How to respond" hint="The web address where people respond, starting with https://." kind="url" />
      <TextAreaField name="description" label="Description (optional)" hint="What it asks, and who may respond." />
      <InputField name="opensOn" label="Opens" hint="Subscribers are alerted on this day, or at once if it is open already." kind="date" />
      <InputField name="closesOn" label="Closes" hint="The last day to respond. Subscribers are reminded seven days before." kind="date" />
    </RecordForm>
  );
}
