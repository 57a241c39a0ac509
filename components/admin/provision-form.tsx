import type { BillOption } from "@/lib/legislation/admin-queries";
import { provisionCategories, provisionCategoryLabels } from "@/lib/legislation/provision-categories";

import { BillField, ChoiceField, InputField, RecordForm, TextAreaField, type RecordFormProps } from "./record-form";

export type ProvisionValues = {
  billId: string;
  category: string;
  text: string;
  citation: string;
  textVersionCode: string;
  textSection: string;
  position: string;
};

const labels = {
  billId: "Bill",
  category: "Category",
  text: "What it does",
  citation: "Citation",
  textVersionCode: "Text version",
  textSection: "Part of the text",
  position: "Order",
};

export function ProvisionForm({ bills, initial, ...form }: RecordFormProps & { bills: readonly BillOption[]; initial: ProvisionValues }) {
  return (
    <RecordForm {...form} initial={initial} labels={labels}>
      <BillField bills={bills} />
      <ChoiceField
        name="category"
        label="Category"
        hint="The row of the comparison it goes in."
        none="Choose a category"
        choices={provisionCategories.map((category) => ({ value: category, label: provisionCategoryLabels[category] }))}
      />
      <TextAreaField
        name="text"
        label="What it does"
        hint="In plain language, as the sources say it. Like: Covered platforms must remove a reported image within 48 hours."
        rows={4}
      />
      <InputField
        name="citation"
        label="Citation (optional)"
        hint="The section, like 47 U.S.C. §223(h) or section 3. Leave it empty if the sources do not say."
      />
      <InputField
        name="textVersionCode"
        label="Text version (optional)"
        hint="The code of the imported version it describes, like is or rs: the bill page then says when a later version changes the part."
        kind="short"
      />
      <InputField
        name="textSection"
        label="Part of the text (optional)"
        hint="The end of the part's link on the version's page, like sec-3-a."
        kind="short"
      />
      <InputField name="position" label="Order (optional)" hint="Lower numbers come first among the bill's provisions of the same category." kind="number" />
    </RecordForm>
  );
}
