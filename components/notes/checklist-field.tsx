"use client";

import { useId, useState } from "react";
import type { UseFormRegisterReturn } from "react-hook-form";
import { INPUT_CLASS } from "@/components/ui/field";

/**
 * A choice of several as a list of checkboxes with a search box above it (not a
 * Ctrl-click multi-select): the search only hides options, so chosen ones stay chosen.
 */
export function ChecklistField({
  legend,
  hint,
  options,
  register,
}: {
  legend: string;
  hint: string;
  options: Array<{ value: string; label: string }>;
  register: UseFormRegisterReturn;
}) {
  const id = useId();
  const [query, setQuery] = useState("");
  const q = query.trim().toLowerCase();
  return (
    <fieldset className="space-y-2">
      <legend className="text-sm font-medium text-slate-800">{legend}</legend>
      <p className="text-xs text-slate-600">{hint}</p>
      <input
        type="search"
        aria-label={`Search ${legend.replace(/ \(optional\)$/, "").toLowerCase()}`}
        className={INPUT_CLASS}
        value={query}
        onChange={(e) => setQuery(e.target.value)}
      />
      <ul className="max-h-48 space-y-1 overflow-y-auto rounded-md border border-slate-200 p-2">
        {options.map((o) => (
          <li key={o.value} hidden={q !== "" && !`${o.label} ${o.value}`.toLowerCase().includes(q)}>
            <label htmlFor={`${id}-${o.value}`} className="flex items-center gap-2 text-sm">
              <input id={`${id}-${o.value}`} type="checkbox" value={o.value} {...register} />
              {o.label}
            </label>
          </li>
        ))}
      </ul>
    </fieldset>
  );
}
