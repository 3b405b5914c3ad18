"use client";

import { useState } from "react";
import type { FormOptions } from "@/lib/dal/activities/types";
import { describedBy, INPUT_CLASS } from "@/components/ui/field";
import { FieldError } from "@/components/ui/field-error";
import { activityYear, editionsInForce } from "@/lib/plan-in-force";

type Clause = FormOptions["clauses"][number];

/** Groups in the order given: framework -> edition -> clauses. */
function grouped(clauses: Clause[]) {
  const frameworks: Array<{ id: string; name: string; editions: Array<{ id: string; title: string; clauses: Clause[] }> }> =
    [];
  for (const clause of clauses) {
    let framework = frameworks.find((f) => f.id === clause.frameworkId);
    if (!framework) frameworks.push((framework = { id: clause.frameworkId, name: clause.framework, editions: [] }));
    let edition = framework.editions.find((e) => e.id === clause.editionId);
    if (!edition) framework.editions.push((edition = { id: clause.editionId, title: clause.edition, clauses: [] }));
    edition.clauses.push(clause);
  }
  return frameworks;
}

/**
 * Links clauses of the plans in force at the activity's start date (`date`, as typed; this
 * year while undated), found by number or by words of their text; one is primary. The lists
 * follow the date as it changes. A clause already linked stays listed, in force or not.
 */
export function ClausePicker({
  clauses,
  selected,
  primary,
  onChange,
  hint,
  error,
  date,
}: {
  clauses: FormOptions["clauses"];
  hint?: string;
  selected: string[];
  primary: string;
  onChange: (selected: string[], primary: string) => void;
  error?: string;
  /** The activity's start date as typed. */
  date?: string;
}) {
  const [query, setQuery] = useState("");
  const year = activityYear(date);
  const inForce = editionsInForce(
    clauses.map((c) => ({ id: c.editionId, frameworkId: c.frameworkId, startYear: c.startYear, endYear: c.endYear })),
    year,
  );
  const words = query.toLowerCase().split(/\s+/).filter(Boolean);
  const offered = clauses.filter((c) => inForce.has(c.editionId) || selected.includes(c.id));
  const shown = offered.filter(
    (c) => selected.includes(c.id) || words.every((w) => `${c.number} ${c.text}`.toLowerCase().includes(w)),
  );
  const frameworks = grouped(shown);
  const toggle = (id: string, on: boolean) => {
    const next = on ? [...selected, id] : selected.filter((s) => s !== id);
    const nextPrimary = next.includes(primary) ? primary : (next[0] ?? "");
    onChange(next, nextPrimary);
  };
  const when = date?.trim() ? `in ${year}` : `this year (${year}; no start date yet)`;
  return (
    <fieldset aria-describedby={describedBy(hint && "clauses-hint", "clauses-in-force", error && "clauses-error")}>
      <legend className="text-sm font-medium text-slate-800">Plan of Action clauses</legend>
      {hint ? (
        <p id="clauses-hint" className="text-sm text-slate-600">
          {hint}
        </p>
      ) : null}
      <p id="clauses-in-force" className="text-sm text-slate-600" aria-live="polite">
        Clauses of the plans in force {when}.
      </p>
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
        {offered.length === 0 ? (
          <p className="p-2 text-sm text-slate-600">No plan recorded was in force {when}.</p>
        ) : shown.length === 0 ? (
          <p className="p-2 text-sm text-slate-600">No clause matches “{query}”.</p>
        ) : null}
        {frameworks.map((framework, f) => (
          <div key={framework.id}>
            <p className="px-2 pt-2 text-sm font-semibold text-slate-900">{framework.name}</p>
            {framework.editions.map((edition, e) => {
              const headingId = `clause-edition-${f}-${e}`;
              const outOfForce = !inForce.has(edition.id);
              return (
                <div key={edition.id}>
                  <p id={headingId} className="px-2 pt-1 text-xs font-semibold uppercase tracking-wide text-slate-600">
                    {edition.title}
                  </p>
                  {outOfForce ? (
                    <p className="px-2 text-xs text-slate-600">Not in force {when}: kept as linked.</p>
                  ) : null}
                  <ul className="space-y-1" aria-labelledby={headingId}>
                    {edition.clauses.map((clause) => {
                      const checked = selected.includes(clause.id);
                      return (
                        <li key={clause.id} className="flex items-start gap-3 rounded p-2 hover:bg-slate-50">
                          <input
                            id={`clause-${clause.id}`}
                            type="checkbox"
                            checked={checked}
                            onChange={(event) => toggle(clause.id, event.target.checked)}
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
        ))}
      </div>
      <FieldError id="clauses-error" message={error} />
    </fieldset>
  );
}
