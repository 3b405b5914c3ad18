"use client";

import { useRouter } from "next/navigation";
import type { FormOptions } from "@/lib/dal/activities/types";
import { useWatch } from "react-hook-form";
import { createOrganisationAction } from "@/app/(app)/admin/organisations/actions";
import { FormOutcome } from "@/components/forms/form-outcome";
import { useActionForm } from "@/components/forms/use-action-form";
import { Button } from "@/components/ui/button";
import { CountryOptions } from "@/components/ui/country-options";
import { Field, INPUT_CLASS } from "@/components/ui/field";
import { ORGANISATION_KIND_LABELS, ORGANISATION_KINDS } from "@/lib/domain";
import { EMPTY_ORGANISATION, newOrganisationSchema, type NewOrganisationInput } from "@/lib/validation/organisation";
import { OrganisationOptions } from "@/components/activities/form/involved-organisations";

/** Adds an organisation; its code is checked against every organisation, retired ones too. */
export function OrganisationForm({ parents }: { parents: FormOptions["organisations"] }) {
  const router = useRouter();
  const { form, onSubmit, outcome } = useActionForm<NewOrganisationInput>({
    schema: newOrganisationSchema,
    defaultValues: EMPTY_ORGANISATION,
    action: createOrganisationAction,
    onSuccess: (_data, values, { reset }) => {
      reset(EMPTY_ORGANISATION);
      router.refresh();
      return `${values.acronym || values.name} was added.`;
    },
  });
  const {
    register,
    control,
    setValue,
    formState: { errors, isSubmitting },
  } = form;
  const isRepresentative = useWatch({ control, name: "kind" }) === "aichr_representative";
  const kind = register("kind");
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4">
      <FormOutcome outcome={outcome} />
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
