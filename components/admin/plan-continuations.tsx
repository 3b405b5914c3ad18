"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { describedBy } from "@/components/ui/field";
import { FieldError } from "@/components/ui/field-error";
import type { ActionResult } from "@/lib/action-result";
import type { ContinuationsForEdit } from "@/lib/dal/plan/continuations";

type Save = (clauseId: string, values: unknown) => Promise<ActionResult<unknown>>;

/**
 * For each clause of an edition, which clauses of the framework's previous edition it
 * continues: one row per clause, opened to choose (checkboxes), saved on its own.
 */
export function PlanContinuations({ data, save }: { data: ContinuationsForEdit; save: Save }) {
  if (!data.previous) {
    return (
      <p className="text-sm text-slate-600">
        This is its framework&apos;s first edition: its clauses continue none of an earlier one.
      </p>
    );
  }
  const previous = data.previous;
  return (
    <ul className="space-y-2">
      {data.clauses.map((clause) => (
        <ClauseRow key={clause.id} clause={clause} previous={previous} save={save} />
      ))}
    </ul>
  );
}

function ClauseRow({
  clause,
  previous,
  save,
}: {
  clause: ContinuationsForEdit["clauses"][number];
  previous: NonNullable<ContinuationsForEdit["previous"]>;
  save: Save;
}) {
  const router = useRouter();
  const [chosen, setChosen] = useState<string[]>(clause.previousClauseIds);
  const [result, setResult] = useState<ActionResult<unknown> | null>(null);
  const [pending, startTransition] = useTransition();
  // In the previous edition's order, whatever order they were recorded in.
  const recorded = previous.clauses.filter((c) => clause.previousClauseIds.includes(c.id)).map((c) => c.number);
  const base = `continues-${clause.id}`;
  const error = result && !result.ok ? (result.fieldErrors?.previousClauseIds ?? result.message) : undefined;
  const onSave = () =>
    startTransition(async () => {
      const outcome = await save(clause.id, { previousClauseIds: chosen });
      setResult(outcome);
      if (outcome.ok) router.refresh();
    });
  return (
    <li className="rounded-md border border-slate-200 p-3" data-testid="clause-continuation">
      <details>
        <summary className="cursor-pointer text-sm">
          <span className="font-semibold">Clause {clause.number}</span>{" "}
          <span className="text-slate-700">
            {recorded.length > 0
              ? `continues ${recorded.join(", ")} of ${previous.title}`
              : `continues no clause of ${previous.title} yet`}
          </span>
        </summary>
        <p className="mt-2 text-sm text-slate-700">{clause.text}</p>
        <fieldset className="mt-3" aria-describedby={describedBy(error && `${base}-error`)}>
          <legend className="text-sm font-medium text-slate-800">
            Clauses of {previous.title} that clause {clause.number} continues
          </legend>
          <div className="mt-2 max-h-64 space-y-1 overflow-y-auto">
            {previous.clauses.map((p) => (
              <label key={p.id} className="flex items-start gap-2 text-sm">
                <input
                  type="checkbox"
                  className="mt-1"
                  checked={chosen.includes(p.id)}
                  onChange={(e) =>
                    setChosen(e.target.checked ? [...chosen, p.id] : chosen.filter((id) => id !== p.id))
                  }
                />
                <span>
                  <span className="font-semibold">{p.number}</span> <span className="text-slate-700">{p.text}</span>
                </span>
              </label>
            ))}
          </div>
          <FieldError id={`${base}-error`} message={error} />
        </fieldset>
        <div className="mt-3 flex items-center gap-3">
          <Button type="button" onClick={onSave} pending={pending} pendingLabel="Saving…">
            Save what clause {clause.number} continues
          </Button>
        </div>
        {result?.ok ? (
          <div className="mt-2">
            <Alert tone="success">Saved.</Alert>
          </div>
        ) : null}
      </details>
    </li>
  );
}
