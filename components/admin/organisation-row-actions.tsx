"use client";

import { useRouter } from "next/navigation";
import type { FormOptions } from "@/lib/dal/activities/types";
import { useState } from "react";
import { setOrganisationRetiredAction, updateOrganisationAction } from "@/app/(app)/admin/organisations/actions";
import { OrganisationOptions } from "@/components/activities/form/involved-organisations";
import { Field, INPUT_CLASS } from "@/components/ui/field";
import { ActionDialog } from "@/components/workflow/action-dialog";
import type { ActionResult } from "@/lib/action-result";
import { organisationEditSchema } from "@/lib/validation/organisation";

interface Organisation {
  id: string;
  code: string;
  label: string;
  name: string;
  acronym: string | null;
  parentId: string | null;
  retired: boolean;
  activityCount: number;
  focalPointCount: number;
}

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** Edit, retire or reinstate one organisation; each opens a dialog to confirm. */
export function OrganisationRowActions({
  organisation: o,
  parents,
}: {
  organisation: Organisation;
  parents: FormOptions["organisations"];
}) {
  const router = useRouter();
  const [errors, setErrors] = useState<Record<string, string>>({});
  const settle = (result: ActionResult<unknown>) => {
    if (!result.ok) {
      setErrors(result.fieldErrors ?? {});
      return result.message;
    }
    setErrors({});
    router.refresh();
    return null;
  };
  const id = (field: string) => `${field}-${o.code}`;
  return (
    <div className="flex flex-wrap justify-end gap-2">
      <ActionDialog
        label="Edit"
        context={o.label}
        confirmLabel="Save"
        title={`Edit ${o.label}`}
        description={`Its code ${o.code} and kind stay. A new name shows everywhere, on past activities too.`}
        onConfirm={async (_comment, form) => {
          const data = new FormData(form);
          const values = {
            name: String(data.get("name") ?? ""),
            acronym: String(data.get("acronym") ?? ""),
            parentId: String(data.get("parentId") ?? ""),
          };
          const checked = organisationEditSchema.safeParse(values);
          if (!checked.success) {
            setErrors(Object.fromEntries(checked.error.issues.map((i) => [String(i.path[0]), i.message])));
            return "Some fields need attention.";
          }
          return settle(await updateOrganisationAction(o.id, values));
        }}
      >
        <Field id={id("name")} label="Name" error={errors.name}>
          <input name="name" defaultValue={o.name} autoComplete="off" className={INPUT_CLASS} />
        </Field>
        <Field id={id("acronym")} label="Acronym (optional)" error={errors.acronym}>
          <input name="acronym" defaultValue={o.acronym ?? ""} autoComplete="off" className={INPUT_CLASS} />
        </Field>
        <Field id={id("parent")} label="Part of (optional)" error={errors.parentId}>
          <select name="parentId" defaultValue={o.parentId ?? ""} className={INPUT_CLASS}>
            <OrganisationOptions organisations={parents.filter((p) => p.id !== o.id)} emptyLabel="None" />
          </select>
        </Field>
      </ActionDialog>
      {o.retired ? (
        <ActionDialog
          label="Reinstate"
          context={o.label}
          title={`Reinstate ${o.label}?`}
          description="It is offered again for new activities, filters, users and reports."
          onConfirm={async () => settle(await setOrganisationRetiredAction(o.id, false))}
        />
      ) : (
        <ActionDialog
          label="Retire"
          context={o.label}
          title={`Retire ${o.label}?`}
          description={
            `It will no longer be offered for new activities or users. Its ${plural(o.activityCount, "activity", "activities")}, ` +
            `reports, history and exports keep it, marked retired. Its ${plural(o.focalPointCount, "focal point", "focal points")} ` +
            "keep their accounts: they can still read the record and report on its existing activities, but cannot propose new ones for it. " +
            "You can reinstate it at any time."
          }
          destructive
          onConfirm={async () => settle(await setOrganisationRetiredAction(o.id, true))}
        />
      )}
    </div>
  );
}
