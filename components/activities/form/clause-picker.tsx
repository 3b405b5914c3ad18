"use client";

import { useState } from "react";
import type { FormOptions } from "@/lib/dal/activities/types";
import { describedBy, INPUT_CLASS } from "@/components/ui/field";
import { FieldError } from "@/components/ui/field-error";

/** Links Plan of Action clauses, found by number or by words of their text; one is primary. */
export function ClausePicker({
  clauses,
  selected,
  primary,
  onChange,
  hint,
  error,
}: {
  clauses: FormOptions["clauses"];
  hint?: string;
  selected: string[];
  primary: string;
  onChange: (selected: string[], primary: string) => void;
  error?: string;
}) {
  const [query, setQuery] = useState("");
  const words = query.toLowerCase().split(/\s+/).filter(Boolean);
  const shown = clauses.filter(
    (c) => selected.includes(c.id) || words.every((w) => `${c.number} ${c.text}`.toLowerCase().includes(w)),
  );
  const editions = [...new Set(clauses.map((c) => c.edition))];
  const toggle = (id: string, on: boolean) => {
    const next = on ? [...selected, id] : selected.filter((s) => s !== id);
    const nextPrimary = next.includes(primary) ? primary : (next[0] ?? "");
    onChange(next, nextPrimary);
  };
  return (
    <fieldset aria-describedby={describedBy(hint && "clauses-hint", error && "clauses-error")}>
      <legend className="text-sm font-medium text-slate-800">Plan of Action clauses</legend>
      {hint ? (
        <p id="clauses-hint" className="text-sm text-slate-600">
          {hint}
        </p>
      ) : null}
      <label htmlFor="clause-search" className="mt-1 block text-sm text-slate-600">
        Search clauses by number or words of the text
      </label>
      <input
        id="clause-search"
        type="search"
        value={query}
        onChange={(e) => setQuery(e.target.value)}
        className={INPUT_CLASS}
        placeholder="1.2.4, women, treaty bodies…"
      />
      <div className="mt-2 max-h-72 overflow-y-auto rounded-md border border-slate-200 p-2">
        {shown.length === 0 ? <p className="p-2 text-sm text-slate-600">No clause matches “{query}”.</p> : null}
        {/* One list per edition, newest first, once there is more than one. */}
        {editions.map((edition) => {
          const own = shown.filter((c) => c.edition === edition);
          if (own.length === 0) return null;
          const headingId = `clause-edition-${editions.indexOf(edition)}`;
          return (
            <div key={edition}>
              {editions.length > 1 ? (
                <p id={headingId} className="px-2 pt-2 text-xs font-semibold uppercase tracking-wide text-slate-600">
                  {edition}
                </p>
              ) : null}
              <ul className="space-y-1" aria-labelledby={editions.length > 1 ? headingId : undefined}>
                {own.map((clause) => {
                  const checked = selected.includes(clause.id);
                  return (
                    <li key={clause.id} className="flex items-start gap-3 rounded p-2 hover:bg-slate-50">
                      <input
                        id={`clause-${clause.id}`}
                        type="checkbox"
                        checked={checked}
                        onChange={(e) => toggle(clause.id, e.target.checked)}
                        className="mt-1"
                      />
                      <label htmlFor={`clause-${clause.id}`} className="flex-1 text-sm">
                        <span className="font-semibold">{clause.number}</span>{" "}
                        <span className="text-slate-700">{clause.text}</span>
                      </label>
                      {checked ? (
                        <label className="flex shrink-0 items-center gap-1 text-xs text-slate-700">
                          <input
                            type="radio"
                            name="primary-clause"
                            checked={primary === clause.id}
                            onChange={() => onChange(selected, clause.id)}
                          />
                          Primary
                        </label>
                      ) : null}
                    </li>
                  );
                })}
              </ul>
            </div>
          );
        })}
      </div>
      <FieldError id="clauses-error" message={error} />
    </fieldset>
  );
}
