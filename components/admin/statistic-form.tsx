import { InputField, RecordForm, type RecordFormProps } from "./record-form";

export type StatisticValues = {
  label: string;
  value: string;
  period: string;
  sourceName: string;
  sourceUrl: string;
  position: string;
};

const labels = { label: "What it counts", value: "Figure", period: "Period", sourceName: "Source", sourceUrl: "Source address", position: "Order" };

export function StatisticForm({ initial, ...form }: RecordFormProps & { initial: StatisticValues }) {
  return (
    <RecordForm {...form} initial={initial} labels={labels}>
      <InputField name="value" label="Figure" hint="As readers should see it, like 1,325% or 36.2 million." kind="short" />
      <InputField name="label" label="What it counts" hint="Like: Increase in AI-generated child sexual abuse imagery reported." />
      <InputField name="period" label="Period" hint="Like 2023, or 2022–2023." kind="short" />
      <InputField name="sourceName" label="Source" hint="Like Internet Watch Foundation." />
      <InputField
        name="sourceUrl"
        label="Source address (optional)"
        hint="The report's web address, starting with https://. Without it, readers are told no link is recorded yet, and the dashboard lists the figure."
        kind="url"
      />
      <InputField name="position" label="Order on the page" hint="Lower numbers come first." kind="number" />
    </RecordForm>
  );
}
