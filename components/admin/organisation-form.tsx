"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useForm, useWatch } from "react-hook-form";
import { createOrganisationAction } from "@/app/(app)/admin/organisations/actions";
import { Alert } from "@/components/ui/alert";
import { applyResult } from "@/components/ui/apply-result";
import { Button } from "@/components/ui/button";
import { CountryOptions } from "@/components/ui/country-options";
import { Field, INPUT_CLASS } from "@/components/ui/field";
import { ORGANISATION_KIND_LABELS, ORGANISATION_KINDS } from "@/lib/domain";
import { EMPTY_ORGANISATION, newOrganisationSchema, type NewOrganisationInput } from "@/lib/validation/organisation";
import { OrganisationOptions } from "@/components/activities/form/involved-organisations";
import type { FormOptions } from "@/lib/dal/activity-edits";

/** Adds an organisation; its code is checked against every organisation, retired ones too. */
export function OrganisationForm({ parents }: { parents: FormOptions["organisations"] }) {
  const router = useRouter();
  const [problem, setProblem] = useState<string | null>(null);
  const [added, setAdded] = useState<string | null>(null);
  const {
    register,
    handleSubmit,
    setError,
    reset,
    control,
    setValue,
    formState: { errors, isSubmitting },
  } = useForm<NewOrganisationInput>({
    resolver: zodResolver(newOrganisationSchema),
    defaultValues: EMPTY_ORGANISATION,
  });
  const isRepresentative = useWatch({ control, name: "kind" }) === "aichr_representative";
  const kind = register("kind");
  const onSubmit = handleSubmit(async (values) => {
    setProblem(null);
    setAdded(null);
    const result = await createOrganisationAction(values);
    setProblem(applyResult(result, setError));
    if (result.ok) {
      setAdded(values.acronym || values.name);
      reset(EMPTY_ORGANISATION);
      router.refresh();
    }
  });
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4">
      {problem ? <Alert>{problem}</Alert> : null}
      {added ? <Alert tone="success">{added} was added.</Alert> : null}
      <div className="grid gap-4 md:grid-cols-2">
        <Field
          id="org-code"
          label="Code"
          hint="A short key that never changes, e.g. UNFPA or AICHR-TL."
          error={errors.code?.message}
        >
          <input autoComplete="off" className={`${INPUT_CLASS} uppercase`} {...register("code")} />
        </Field>
        <Field id="org-kind" label="Kind" error={errors.kind?.message}>
          <select
            className={INPUT_CLASS}
            {...kind}
            onChange={(e) => {
              void kind.onChange(e);
              if (e.target.value !== "aichr_representative") setValue("countryCode", "");
            }}
          >
            {ORGANISATION_KINDS.map((k) => (
              <option key={k} value={k}>
                {ORGANISATION_KIND_LABELS[k]}
              </option>
            ))}
          </select>
        </Field>
        <Field id="org-name" label="Name" error={errors.name?.message}>
          <input autoComplete="off" className={INPUT_CLASS} {...register("name")} />
        </Field>
        <Field id="org-acronym" label="Acronym (optional)" error={errors.acronym?.message}>
          <input autoComplete="off" className={INPUT_CLASS} {...register("acronym")} />
        </Field>
        <Field id="org-parent" label="Part of (optional)" error={errors.parentId?.message}>
          <select className={INPUT_CLASS} {...register("parentId")}>
            <OrganisationOptions organisations={parents} emptyLabel="None" />
          </select>
        </Field>
        {isRepresentative ? (
          <Field id="org-country" label="Member state represented" error={errors.countryCode?.message}>
            <select className={INPUT_CLASS} {...register("countryCode")}>
              <CountryOptions emptyLabel="Choose…" />
            </select>
          </Field>
        ) : null}
        <Field
          id="org-iati"
          label="IATI identifier (optional)"
          hint="Its identifier in the IATI registry, e.g. XM-DAC-41114."
          error={errors.iatiIdentifier?.message}
        >
          <input autoComplete="off" className={INPUT_CLASS} {...register("iatiIdentifier")} />
        </Field>
      </div>
      <Button type="submit" pending={isSubmitting} pendingLabel="Adding…">
        Add organisation
      </Button>
    </form>
  );
}
