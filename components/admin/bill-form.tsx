"use client";

import dynamic from "next/dynamic";
import Link from "next/link";
import { useActionState } from "react";

import type { BillFormState } from "@/app/admin/bills/form-state";
import { EnterSubmits } from "@/components/forms/enter-submits";
import { Field } from "@/components/forms/field";
import { FormMessage } from "@/components/forms/form-message";
import { inputClass, selectClass, sizedInputClass, textareaClass } from "@/components/forms/styles";
import { SubmitButton } from "@/components/forms/submit-button";
import { legislatures } from "@/lib/legislation/process";
import { usStates } from "@/lib/legislation/process/us-state";
import { idleState, valueOf } from "@/lib/form-state";
import { billFieldLabels, type BillFieldName, type BillFormValues } from "@/lib/legislation/bill-form";
import { ownValue } from "@/lib/lookup";

import { ConflictPanel } from "./conflict-panel";

// The public pages' own renderer, loaded only once a preview is asked for.
const Markdown = dynamic(() => import("@/components/markdown").then((module) => module.Markdown));

type BillAction = (state: BillFormState, formData: FormData) => Promise<BillFormState>;

const hints: Partial<Record<BillFieldName, string>> = {
  slug: "The end of the public page's web address, like take-it-down-act. Lower-case letters, digits and hyphens.",
  shortTitle: "What people call it, like TAKE IT DOWN Act.",
  title: "The official title.",
  longTitle: "Optional: the full long title, if the bill has one.",
  numbers: "One per line, like S.146 and H.R.633.",
  aliases: "Names readers may search for, one per line: an acronym like KOSA, or a nickname like chat control.",
  session: "Like 119th Congress, or 2024–26 session.",
  sponsors: "One per line, with party and state or constituency.",
  committees: "One per line.",
  summary: "What the bill does, in plain words. Markdown: **bold**, lists with -, links as [text](https://…).",
  keyProvisions: "One per line.",
  topics: "One per line, like Deepfakes.",
  officialLinks: "One per line: a label, a | sign, then the address. Example: Congress.gov page | https://www.congress.gov/…",
  verifiedOn: "The day you last checked these facts against the sources.",
  editorialNote: "Optional. Shown on the public page, e.g. to explain a gap in the record.",
};

const multiline = new Set<BillFieldName>(["aliases", "numbers", "sponsors", "committees", "keyProvisions", "topics", "officialLinks", "editorialNote", "longTitle"]);

function labelFor(state: BillFormState, name: BillFieldName): string {
  const clash = state.conflict?.rows.some((row) => row.field === name && row.clash);
  return clash ? `${billFieldLabels[name]} (both changed: check it)` : billFieldLabels[name];
}

function BillTextField({ name, type = "text", state, initial }: { name: BillFieldName; type?: string; state: BillFormState; initial: BillFormValues }) {
  const value = valueOf(state, name, initial[name]);
  return (
    <Field name={name} label={labelFor(state, name)} hint={hints[name]} errors={ownValue(state.fieldErrors ?? {}, name)}>
      {(control) =>
        multiline.has(name) ? (
          <textarea {...control} rows={name === "editorialNote" || name === "longTitle" ? 3 : 4} defaultValue={value} className={textareaClass} />
        ) : (
          <input {...control} type={type} defaultValue={value} className={type === "date" ? sizedInputClass.date : inputClass} />
        )
      }
    </Field>
  );
}

export function BillForm({
  action,
  initial,
  id,
  version,
  submitLabel,
  cancelHref,
}: {
  action: BillAction;
  initial: BillFormValues;
  id?: string;
  version?: number;
  submitLabel: string;
  cancelHref: string;
}) {
  const [state, formAction] = useActionState<BillFormState, FormData>(action, idleState);
  const conflict = state.conflict;
  const value = (name: BillFieldName) => valueOf(state, name, initial[name]);
  const errors = (name: string) => ownValue(state.fieldErrors ?? {}, name);

  return (
    <form action={formAction} noValidate>
      <EnterSubmits name="intent" value="save" />
      <FormMessage state={conflict ? { status: "idle" } : state} labels={billFieldLabels} />
      {conflict ? <ConflictPanel rows={conflict.rows} changedBy={conflict.changedBy} changedAt={conflict.changedAt} /> : null}
      {id ? <input type="hidden" name="id" value={id} /> : null}
      {version !== undefined ? <input type="hidden" name="version" value={valueOf(state, "version", String(version))} /> : null}

      <h2 className="mt-8 text-2xl font-bold">Identity</h2>
      <BillTextField name="shortTitle" state={state} initial={initial} />
      <BillTextField name="aliases" state={state} initial={initial} />
      <BillTextField name="title" state={state} initial={initial} />
      <BillTextField name="longTitle" state={state} initial={initial} />
      <BillTextField name="slug" state={state} initial={initial} />
      <Field name="jurisdiction" label={billFieldLabels.jurisdiction} errors={errors("jurisdiction")}>
        {(control) => (
          <select key={value("jurisdiction") || "us"} {...control} defaultValue={value("jurisdiction") || "us"} className={selectClass}>
            {legislatures.map((model) => (
              <option key={model.code} value={model.code}>
                {model.name}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field name="region" label={billFieldLabels.region} hint="Only for a bill of a US state legislature." errors={errors("region")}>
        {(control) => (
          <select key={value("region")} {...control} defaultValue={value("region")} className={selectClass}>
            <option value="">Not a US state bill</option>
            {usStates.map((state) => (
              <option key={state} value={state}>
                {state}
              </option>
            ))}
          </select>
        )}
      </Field>
      <BillTextField name="session" state={state} initial={initial} />
      <BillTextField name="numbers" state={state} initial={initial} />

      <h2 className="mt-10 text-2xl font-bold">People</h2>
      <BillTextField name="sponsors" state={state} initial={initial} />
      <BillTextField name="committees" state={state} initial={initial} />

      <h2 className="mt-10 text-2xl font-bold">What it does</h2>
      <Field name="summary" label={labelFor(state, "summary")} hint={hints.summary} errors={errors("summary")}>
        {(control) => <textarea {...control} rows={10} defaultValue={value("summary")} className={textareaClass} />}
      </Field>
      <div className="mt-3">
        <SubmitButton variant="secondary" name="intent" value="preview" pendingText="Rendering…">
          Preview summary
        </SubmitButton>
      </div>
      {state.preview !== undefined ? (
        <section aria-labelledby="preview-heading" className="mt-4 max-w-3xl border-2 border-dashed border-rule p-4">
          <h3 id="preview-heading" className="text-sm font-bold uppercase tracking-wide text-muted">
            Preview (not saved)
          </h3>
          <div className="mt-2">{state.preview.trim() ? <Markdown source={state.preview} /> : <p>The summary is empty.</p>}</div>
        </section>
      ) : null}
      <BillTextField name="keyProvisions" state={state} initial={initial} />
      <BillTextField name="topics" state={state} initial={initial} />
      <BillTextField name="officialLinks" state={state} initial={initial} />

      <h2 className="mt-10 text-2xl font-bold">Checks</h2>
      <BillTextField name="verifiedOn" type="date" state={state} initial={initial} />
      <BillTextField name="editorialNote" state={state} initial={initial} />

      <div className="mt-10 flex flex-wrap items-center gap-6">
        <SubmitButton name="intent" value="save" pendingText="Saving…">
          {conflict ? "Save my changes on top" : submitLabel}
        </SubmitButton>
        <Link href={cancelHref}>{conflict ? "Discard my changes and reload" : "Cancel"}</Link>
      </div>
    </form>
  );
}
