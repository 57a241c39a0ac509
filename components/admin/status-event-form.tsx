"use client";

import Link from "next/link";
import { useActionState } from "react";

import { Field, Fieldset } from "@/components/forms/field";
import { FormMessage } from "@/components/forms/form-message";
import { checkboxClass, inputClass, selectClass, sizedInputClass, textareaClass } from "@/components/forms/styles";
import { SubmitButton } from "@/components/forms/submit-button";
import { idleState, valueOf, type FormState } from "@/lib/form-state";
import { chamberName, modelOf, stepOptionLabel } from "@/lib/legislation/process";
import { ownValue } from "@/lib/lookup";

type Action = (state: FormState, formData: FormData) => Promise<FormState>;

export interface EventFormValues {
  /** "path:stage", as the step select sends it. */
  step: string;
  occurredOn: string;
  chamber: string;
  billNumber: string;
  attemptFailed: string;
  body: string;
  subject: string;
  provisions: string;
  relatedBillId: string;
  description: string;
  vote: string;
  sourceUrl: string;
  sourceKind: string;
  archiveUrl: string;
  note: string;
  textVersionCode: string;
  textSection: string;
}

export const emptyEvent: EventFormValues = {
  step: "",
  occurredOn: "",
  chamber: "",
  billNumber: "",
  attemptFailed: "",
  body: "",
  subject: "",
  provisions: "",
  relatedBillId: "",
  description: "",
  vote: "",
  sourceUrl: "",
  sourceKind: "official",
  archiveUrl: "",
  note: "",
  textVersionCode: "",
  textSection: "",
};

const labels: Record<string, string> = {
  step: "Step",
  occurredOn: "Date it happened",
  chamber: "Chamber",
  billNumber: "Bill number",
  attemptFailed: "Attempt that failed",
  body: "Who acted",
  subject: "Whom it concerns",
  provisions: "Which provisions",
  relatedBillId: "The new bill",
  description: "What happened",
  vote: "Vote",
  sourceUrl: "Source",
  sourceKind: "Kind of source",
  archiveUrl: "Archived copy",
  note: "Note",
  textVersionCode: "Text version",
  textSection: "Part of the text",
  confirmOutOfOrder: "Out of order",
  confirmDuplicate: "Already recorded?",
  reason: "Reason",
};

/** Record a step in a bill's history, or correct one (a new entry that supersedes it). */
export function StatusEventForm({
  action,
  jurisdiction,
  region,
  numbers,
  otherBills,
  billId,
  eventId,
  initial,
  submitLabel,
  cancelHref,
  today,
  hidden = {},
}: {
  action: Action;
  jurisdiction: string;
  region: string | null;
  /** The bill's numbers, for "which of them it concerns". */
  numbers: readonly string[];
  /** The other bills, for a reintroduction's link to the new bill. */
  otherBills: readonly { id: string; label: string }[];
  billId: string;
  /** Set when correcting that event. */
  eventId?: string;
  initial: EventFormValues;
  submitLabel: string;
  cancelHref?: string;
  /** Today in the legislature's time zone, the latest date allowed. */
  today: string;
  /** More fields the action needs (the suggestion being accepted). */
  hidden?: Readonly<Record<string, string>>;
}) {
  const [state, formAction] = useActionState(action, idleState);
  const value = (name: keyof EventFormValues) => valueOf(state, name, initial[name]);
  const errors = (name: string) => ownValue(state.fieldErrors ?? {}, name);
  const model = modelOf(jurisdiction);
  const correcting = eventId !== undefined;
  const nameOf = (code: string) => chamberName(model, code, region);

  return (
    <form action={formAction} noValidate>
      <FormMessage state={state} labels={labels} />
      <input type="hidden" name="billId" value={billId} />
      {eventId ? <input type="hidden" name="eventId" value={eventId} /> : null}
      {Object.entries(hidden).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}

      <Field
        name="step"
        label="Step"
        hint={`Steps of the ${model.name}, path by path. A companion bill's step goes on its own chamber's path.`}
        errors={errors("step")}
      >
        {(control) => (
          <select key={value("step")} {...control} defaultValue={value("step")} className={selectClass}>
            <option value="">Choose a step</option>
            {model.paths.map((path) => (
              <optgroup key={path.code} label={path.label}>
                {path.steps.map((step) => (
                  <option key={step.code} value={`${path.code}:${step.code}`}>
                    {stepOptionLabel(model, path, step, region)}
                  </option>
                ))}
              </optgroup>
            ))}
          </select>
        )}
      </Field>
      {errors("confirmDuplicate") ? (
        <Fieldset name="confirmDuplicate" legend="This looks like an entry already recorded" errors={errors("confirmDuplicate")}>
          <div className="flex gap-3">
            <input id="confirm-duplicate" type="checkbox" name="confirmDuplicate" value="yes" className={checkboxClass} />
            <label htmlFor="confirm-duplicate">Yes, record it anyway: it is a second event</label>
          </div>
        </Fieldset>
      ) : null}
      {errors("confirmOutOfOrder") ? (
        <Fieldset name="confirmOutOfOrder" legend="This step looks out of order" errors={errors("confirmOutOfOrder")}>
          <div className="flex gap-3">
            <input id="confirm-out-of-order" type="checkbox" name="confirmOutOfOrder" value="yes" className={checkboxClass} />
            <label htmlFor="confirm-out-of-order">Yes, record it as it is</label>
          </div>
        </Fieldset>
      ) : null}
      <Field name="occurredOn" label="Date it happened" hint={`The legislative date, not today's, unless it happened today (${today}).`} errors={errors("occurredOn")}>
        {(control) => <input {...control} type="date" max={today} defaultValue={value("occurredOn")} className={sizedInputClass.date} />}
      </Field>
      <Field name="chamber" label="Chamber (optional)" errors={errors("chamber")}>
        {(control) => (
          <select key={value("chamber")} {...control} defaultValue={value("chamber")} className={selectClass}>
            <option value="">None</option>
            {model.chambers.map((chamber) => (
              <option key={chamber.code} value={chamber.code}>
                {nameOf(chamber.code)}
              </option>
            ))}
          </select>
        )}
      </Field>
      {numbers.length > 1 ? (
        <Field name="billNumber" label="Bill number (optional)" hint="Which of the bill's numbers this step concerns, for a companion bill's step." errors={errors("billNumber")}>
          {(control) => (
            <select key={value("billNumber")} {...control} defaultValue={value("billNumber")} className={selectClass}>
              <option value="">Not specific</option>
              {numbers.map((number) => (
                <option key={number} value={number}>
                  {number}
                </option>
              ))}
            </select>
          )}
        </Field>
      ) : null}
      <Fieldset name="attemptFailed" legend="Did it happen?" errors={errors("attemptFailed")}>
        <div className="flex gap-3">
          <input
            id="attempt-failed"
            type="checkbox"
            name="attemptFailed"
            value="yes"
            defaultChecked={value("attemptFailed") === "yes" || value("attemptFailed") === "true"}
            className={checkboxClass}
          />
          <label htmlFor="attempt-failed">
            It was attempted and failed (an objection to unanimous consent, a motion defeated, a failed cloture vote). It is recorded
            in the history and moves nothing.
          </label>
        </div>
      </Fieldset>
      <Field name="description" label="What happened" hint="In the official record's words, like: Passed Senate without amendment by Unanimous Consent." errors={errors("description")}>
        {(control) => <textarea {...control} rows={3} defaultValue={value("description")} className={textareaClass} />}
      </Field>
      <Field name="vote" label="Vote (optional)" hint="Like 409–2, or Unanimous consent." errors={errors("vote")}>
        {(control) => <input {...control} type="text" defaultValue={value("vote")} className={sizedInputClass.short} />}
      </Field>
      <Field name="body" label="Who acted (optional)" hint="A committee, a regulator or a court, like: House Committee on the Judiciary, or Federal Trade Commission." errors={errors("body")}>
        {(control) => <input {...control} type="text" defaultValue={value("body")} className={inputClass} />}
      </Field>
      <Field name="subject" label="Whom it concerns (optional)" hint="For enforcement and court steps: against whom, or who brought the challenge." errors={errors("subject")}>
        {(control) => <input {...control} type="text" defaultValue={value("subject")} className={inputClass} />}
      </Field>
      <Field name="provisions" label="Which provisions (optional)" hint="For a commencement in part, an amendment or a repeal, like: Section 3 (platform duties)." errors={errors("provisions")}>
        {(control) => <input {...control} type="text" defaultValue={value("provisions")} className={inputClass} />}
      </Field>
      {otherBills.length ? (
        <Field name="relatedBillId" label="The new bill (optional)" hint="For a reintroduction: the bill it was reintroduced as, so readers can follow it." errors={errors("relatedBillId")}>
          {(control) => (
            <select key={value("relatedBillId")} {...control} defaultValue={value("relatedBillId")} className={selectClass}>
              <option value="">None</option>
              {otherBills.map((bill) => (
                <option key={bill.id} value={bill.id}>
                  {bill.label}
                </option>
              ))}
            </select>
          )}
        </Field>
      ) : null}
      <Field name="sourceUrl" label="Source" hint="The web address where this is recorded, starting with https://." errors={errors("sourceUrl")}>
        {(control) => <input {...control} type="url" inputMode="url" spellCheck={false} defaultValue={value("sourceUrl")} className={inputClass} />}
      </Field>
      <Fieldset name="sourceKind" legend="Kind of source" errors={errors("sourceKind")}>
        {[
          { value: "official", label: "The official record (Congress.gov, Hansard, bills.parliament.uk…)" },
          { value: "secondary", label: "A secondary source (news, a sponsor's press release…)" },
        ].map((option) => (
          <div key={option.value} className="flex gap-3">
            <input
              id={`source-kind-${option.value}`}
              type="radio"
              name="sourceKind"
              value={option.value}
              defaultChecked={value("sourceKind") === option.value}
              className={checkboxClass}
            />
            <label htmlFor={`source-kind-${option.value}`}>{option.label}</label>
          </div>
        ))}
      </Fieldset>
      <Field name="archiveUrl" label="Archived copy (optional)" hint="A copy on the Internet Archive or similar, in case the source moves." errors={errors("archiveUrl")}>
        {(control) => <input {...control} type="url" inputMode="url" spellCheck={false} defaultValue={value("archiveUrl")} className={inputClass} />}
      </Field>
      <Field
        name="textVersionCode"
        label="Text version (optional)"
        hint="The code of the imported version this step concerns, like rs for the text a committee reported."
        errors={errors("textVersionCode")}
      >
        {(control) => <input {...control} type="text" spellCheck={false} defaultValue={value("textVersionCode")} className={sizedInputClass.short} />}
      </Field>
      <Field name="textSection" label="Part of the text (optional)" hint="The end of the part's link on the version's page, like sec-3-a." errors={errors("textSection")}>
        {(control) => <input {...control} type="text" spellCheck={false} defaultValue={value("textSection")} className={sizedInputClass.short} />}
      </Field>
      <Field
        name="note"
        label={correcting ? "What was wrong" : "Note (optional)"}
        hint={correcting ? "Readers see this next to the correction, like: The vote was 409–2, not 410–2." : "Your note, shown apart from the official wording."}
        errors={errors("note")}
      >
        {(control) => <textarea {...control} rows={3} defaultValue={value("note")} className={textareaClass} />}
      </Field>
      <div className="mt-8 flex flex-wrap items-center gap-6">
        <SubmitButton pendingText="Saving…">{submitLabel}</SubmitButton>
        {cancelHref ? <Link href={cancelHref}>Cancel</Link> : null}
      </div>
    </form>
  );
}
