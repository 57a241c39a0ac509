"use client";

import { useActionState } from "react";

import { Field, Fieldset } from "@/components/forms/field";
import { FormMessage } from "@/components/forms/form-message";
import { checkboxClass, inputClass, textareaClass } from "@/components/forms/styles";
import { SubmitButton } from "@/components/forms/submit-button";
import { idleState, valueOf, type FormState } from "@/lib/form-state";
import { ownValue } from "@/lib/lookup";

type Action = (state: FormState, formData: FormData) => Promise<FormState>;

const kinds = [
  { value: "congress_bill", label: "Congress.gov bill actions", hint: "Congress, type and number: 119/s/3021" },
  { value: "uk_bill", label: "UK Parliament bill stages", hint: "The bill's number on bills.parliament.uk: 3938" },
  { value: "legislation_gov_uk", label: "legislation.gov.uk instruments made under an Act", hint: "The Act: ukpga/2026/20, and its title below" },
  {
    value: "legislation_act",
    label: "legislation.gov.uk Act page: Royal Assent and what is in force",
    hint: "The Act: ukpga/2026/20; no words needed. Suggests each day provisions came into force, once legislation.gov.uk has revised the text",
  },
  { value: "feed", label: "An Atom or RSS feed", hint: "The feed's address, and the words below" },
];

const labels = { kind: "Kind", identifier: "Identifier", matchWords: "Words to match" };

/** Watch one more official record for this bill. */
export function AddWatchedSourceForm({ action, billId }: { action: Action; billId: string }) {
  const [state, formAction] = useActionState(action, idleState);
  const errors = (name: string) => ownValue(state.fieldErrors ?? {}, name);
  const kind = valueOf(state, "kind", "congress_bill");
  return (
    <form action={formAction} noValidate>
      <FormMessage state={state} labels={labels} />
      <input type="hidden" name="billId" value={billId} />
      <Fieldset name="kind" legend="Kind of source" errors={errors("kind")}>
        {kinds.map((option) => (
          <div key={option.value} className="flex gap-3">
            <input id={`kind-${option.value}`} type="radio" name="kind" value={option.value} defaultChecked={kind === option.value} className={checkboxClass} />
            <label htmlFor={`kind-${option.value}`}>
              {option.label} <span className="text-muted">({option.hint})</span>
            </label>
          </div>
        ))}
      </Fieldset>
      <Field name="identifier" label="Identifier" hint="As the kind above says." errors={errors("identifier")}>
        {(control) => <input {...control} type="text" spellCheck={false} defaultValue={valueOf(state, "identifier")} className={inputClass} />}
      </Field>
      <Field
        name="matchWords"
        label="Words to match (legislation.gov.uk and feeds)"
        hint="One per line. legislation.gov.uk: the Act's title. A feed: an entry is suggested if it contains any of them."
        errors={errors("matchWords")}
      >
        {(control) => <textarea {...control} rows={2} defaultValue={valueOf(state, "matchWords")} className={textareaClass} />}
      </Field>
      <div className="mt-6">
        <SubmitButton pendingText="Adding…">Watch this source</SubmitButton>
      </div>
    </form>
  );
}

/** Stop watching a source. */
export function RemoveWatchedSourceForm({ action, id, name }: { action: Action; id: string; name: string }) {
  const [state, formAction] = useActionState(action, idleState);
  return (
    <form action={formAction} noValidate>
      <FormMessage state={state} />
      <input type="hidden" name="id" value={id} />
      <SubmitButton variant="warning" pendingText="Removing…">
        Stop watching<span className="sr-only"> {name}</span>
      </SubmitButton>
    </form>
  );
}
