import { SelectField, SubmitButton } from "@/components/filter-fields";
import { redlineViews, type CompareSelection } from "@/lib/bill-text/compare/params";
import type { BillWithText } from "@/lib/bill-text/queries";
import type { ParamProblem } from "@/lib/legislation/public-params";

// What to compare, as a GET form: works without JavaScript. Choosing another bill (a companion)
// and submitting lists that bill's versions under "To".

interface CompareFormProps {
  slug: string;
  versions: readonly { code: string; name: string }[];
  target: BillWithText;
  otherBills: readonly BillWithText[];
  selection: CompareSelection;
  problems: readonly ParamProblem[];
}

const options = (versions: readonly { code: string; name: string }[]) => versions.map((version) => ({ value: version.code, label: `${version.name} (${version.code})` }));

export function CompareForm({ slug, versions, target, otherBills, selection, problems }: CompareFormProps) {
  return (
    <form method="get" action={`/bills/${slug}/text/compare`} className="mt-6 bg-panel p-4 sm:p-6 print:hidden">
      <h2 className="sr-only">Choose what to compare</h2>
      <div className="grid max-w-3xl gap-4 sm:grid-cols-2">
        <SelectField name="from" label="From (older)" options={options(versions)} defaultValue={selection.fromCode ?? ""} problems={problems} />
        {otherBills.length ? (
          <SelectField
            name="toBill"
            label="To bill"
            hint="A companion bill, to compare across bills"
            options={[{ value: slug, label: "This bill" }, ...otherBills.map((other) => ({ value: other.slug, label: other.shortTitle }))]}
            defaultValue={selection.toSlug}
            problems={problems}
          />
        ) : null}
        <SelectField name="to" label="To (newer)" options={options(target.versions)} defaultValue={selection.toCode ?? ""} problems={problems} />
        <SelectField name="view" label="View" options={redlineViews} defaultValue={selection.view} problems={problems} />
      </div>
      <div className="mt-5">
        <SubmitButton>Compare</SubmitButton>
      </div>
    </form>
  );
}
