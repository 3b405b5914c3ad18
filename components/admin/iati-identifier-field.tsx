"use client";

import { useState } from "react";
import { setIatiIdentifierAction } from "@/app/(app)/admin/organisations/actions";
import { Button } from "@/components/ui/button";
import { INPUT_CLASS } from "@/components/ui/field";
import { FieldError } from "@/components/ui/field-error";
import { IATI_ORGANISATION_TYPES, type IatiOrganisationType } from "@/lib/iati/codes";

export function IatiIdentifierField({
  id,
  code,
  initial,
  initialType,
}: {
  id: string;
  code: string;
  initial: string;
  initialType: IatiOrganisationType;
}) {
  const [value, setValue] = useState(initial);
  const [type, setType] = useState<string>(initialType);
  const [state, setState] = useState<{ pending: boolean; error?: string; saved?: boolean }>({ pending: false });
  const inputId = `iati-${code}`;
  return (
    <form
      className="flex items-start gap-2"
      onSubmit={async (e) => {
        e.preventDefault();
        setState({ pending: true });
        const result = await setIatiIdentifierAction(id, { iatiIdentifier: value, iatiType: type });
        setState(
          result.ok
            ? { pending: false, saved: true }
            : {
                pending: false,
                error: result.fieldErrors?.iatiIdentifier ?? result.fieldErrors?.iatiType ?? result.message,
              },
        );
      }}
    >
      <div className="flex-1">
        <label htmlFor={inputId} className="sr-only">
          IATI identifier of {code}
        </label>
        <input
          id={inputId}
          value={value}
          onChange={(e) => {
            setValue(e.target.value);
            setState({ pending: false });
          }}
          placeholder="e.g. XM-DAC-41114"
          aria-invalid={state.error ? true : undefined}
          aria-describedby={state.error ? `${inputId}-error` : undefined}
          className={`${INPUT_CLASS} mt-0`}
        />
        <label htmlFor={`${inputId}-type`} className="sr-only">
          IATI organisation type of {code}
        </label>
        <select
          id={`${inputId}-type`}
          value={type}
          onChange={(e) => {
            setType(e.target.value);
            setState({ pending: false });
          }}
          className={`${INPUT_CLASS} mt-1`}
        >
          {Object.entries(IATI_ORGANISATION_TYPES).map(([code, label]) => (
            <option key={code} value={code}>
              {code} {label}
            </option>
          ))}
        </select>
        <FieldError id={`${inputId}-error`} message={state.error} />
      </div>
      <Button type="submit" variant="secondary" pending={state.pending} pendingLabel="Saving…">
        {state.saved ? "Saved" : "Save"}
      </Button>
    </form>
  );
}
