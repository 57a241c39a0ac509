"use client";

import Link from "next/link";
import { useActionState } from "react";

import { Field, Fieldset } from "@/components/forms/field";
import { FormMessage } from "@/components/forms/form-message";
import { checkboxClass, inputClass, selectClass, textareaClass } from "@/components/forms/styles";
import { SubmitButton } from "@/components/forms/submit-button";
import { chamberName } from "@/lib/legislation/chambers";
import { idleState, valueOf, type FormState } from "@/lib/form-state";
import { chambersByJurisdiction } from "@/lib/legislation/chambers";
import { catalogues, type JurisdictionCode } from "@/lib/legislation/stages";
import { ownValue } from "@/lib/lookup";

type Action = (state: FormState, formData: FormData) => Promise<FormState>;

export interface EventFormValues {
  stage: string;
  occurredOn: string;
  chamber: string;
  description: string;
  vote: string;
  sourceUrl: string;
  sourceKind: string;
  archiveUrl: string;
  note: string;
}

export const emptyEvent: EventFormValues = {
  stage: "",
  occurredOn: "",
  chamber: "",
  description: "",
  vote: "",
  sourceUrl: "",
  sourceKind: "official",
  archiveUrl: "",
  note: "",
};

const labels: Record<string, string> = {
  stage: "Stage",
  occurredOn: "Date it happened",
  chamber: "Chamber",
  description: "What happened",
  vote: "Vote",
  sourceUrl: "Source",
  sourceKind: "Kind of source",
  archiveUrl: "Archived copy",
  note: "Note",
  confirmOutOfOrder: "Earlier stage",
  reason: "Reason",
};

/** Record a step in a bill's history, or correct one (a new entry that supersedes it). */
export function StatusEventForm({
  action,
  jurisdiction,
  billId,
  eventId,
  initial,
  submitLabel,
  cancelHref,
  today,
}: {
  action: Action;
  jurisdiction: JurisdictionCode;
  billId: string;
  /** Set when correcting that event. */
  eventId?: string;
  initial: EventFormValues;
  submitLabel: string;
  cancelHref?: string;
  /** Today in the legislature's time zone, the latest date allowed. */
  today: string;
}) {
  const [state, formAction] = useActionState(action, idleState);
  const value = (name: keyof EventFormValues) => valueOf(state, name, initial[name]);
  const errors = (name: string) => ownValue(state.fieldErrors ?? {}, name);
  const catalogue = catalogues[jurisdiction];
  const correcting = eventId !== undefined;

  return (
    <form action={formAction} noValidate>
      <FormMessage state={state} labels={labels} />
      <input type="hidden" name="billId" value={billId} />
      {eventId ? <input type="hidden" name="eventId" value={eventId} /> : null}

      <Field name="stage" label="Stage" hint={`Stages of the ${catalogue.name}.`} errors={errors("stage")}>
        {(control) => (
          <select key={value("stage")} {...control} defaultValue={value("stage")} className={selectClass}>
            <option value="">Choose a stage</option>
            <optgroup label="Steps">
              {catalogue.steps.map((stage) => (
                <option key={stage.code} value={stage.code}>
                  {stage.house ? `${stage.house === "first" ? "First House" : "Second House"}: ${stage.label}` : stage.label}
                </option>
              ))}
            </optgroup>
            <optgroup label="Endings">
              {catalogue.endings.map((stage) => (
                <option key={stage.code} value={stage.code}>
                  {stage.label}
                </option>
              ))}
            </optgroup>
          </select>
        )}
      </Field>
      {errors("confirmOutOfOrder") ? (
        <Fieldset name="confirmOutOfOrder" legend="This stage looks out of order" errors={errors("confirmOutOfOrder")}>
          <div className="flex gap-3">
            <input id="confirm-out-of-order" type="checkbox" name="confirmOutOfOrder" value="yes" className={checkboxClass} />
            <label htmlFor="confirm-out-of-order">Yes, record it as it is</label>
          </div>
        </Fieldset>
      ) : null}
      <Field name="occurredOn" label="Date it happened" hint={`The legislative date, not today's, unless it happened today (${today}).`} errors={errors("occurredOn")}>
        {(control) => <input {...control} type="date" max={today} defaultValue={value("occurredOn")} className={`${inputClass} max-w-56`} />}
      </Field>
      <Field name="chamber" label="Chamber (optional)" errors={errors("chamber")}>
        {(control) => (
          <select key={value("chamber")} {...control} defaultValue={value("chamber")} className={selectClass}>
            <option value="">None</option>
            {chambersByJurisdiction[jurisdiction].map((chamber) => (
              <option key={chamber} value={chamber}>
                {chamberName(chamber)}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field name="description" label="What happened" hint="In the official record's words, like: Passed Senate without amendment by Unanimous Consent." errors={errors("description")}>
        {(control) => <textarea {...control} rows={3} defaultValue={value("description")} className={textareaClass} />}
      </Field>
      <Field name="vote" label="Vote (optional)" hint="Like 409–2, or Unanimous consent." errors={errors("vote")}>
        {(control) => <input {...control} type="text" defaultValue={value("vote")} className={`${inputClass} max-w-md`} />}
      </Field>
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
