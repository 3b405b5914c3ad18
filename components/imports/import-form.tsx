"use client";

import Link from "next/link";
import { useState } from "react";
import { applyImportAction, previewImportAction } from "@/app/(app)/activities/import/actions";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { DataTable } from "@/components/ui/data-table";
import { Field } from "@/components/ui/field";

type Summary = Extract<Awaited<ReturnType<typeof previewImportAction>>, { ok: true }>["data"];

const ACTION_LABELS = { create: "New draft", update: "Update", unchanged: "No change", error: "Not imported" } as const;
const MAX_BYTES = 5 * 1024 * 1024;

/** Upload, preview row by row, then confirm: nothing is written before the confirmation. */
export function ImportForm() {
  const [text, setText] = useState<string | null>(null);
  const [preview, setPreview] = useState<Summary | null>(null);
  const [done, setDone] = useState<Summary | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [pending, setPending] = useState<"preview" | "import" | null>(null);

  const choose = async (file: File | undefined) => {
    setPreview(null);
    setDone(null);
    setProblem(null);
    if (!file) return;
    if (file.size > MAX_BYTES) return setProblem(`${file.name} is larger than 5 MB: split it into smaller files.`);
    const content = await file.text();
    setText(content);
    setPending("preview");
    const result = await previewImportAction(content);
    setPending(null);
    if (!result.ok) return setProblem(result.message);
    if (result.data.error) return setProblem(result.data.error);
    setPreview(result.data);
  };

  const shown = done ?? preview;
  const writable = preview ? preview.counts.create + preview.counts.update : 0;
  return (
    <div className="space-y-4">
      <Field id="import-file" label="CSV file" hint="The columns of an export; up to 5 MB. New rows become drafts.">
        <input
          type="file"
          accept=".csv,text/csv"
          onChange={(e) => void choose(e.target.files?.[0])}
          className="mt-1 block text-sm"
        />
      </Field>
      {pending === "preview" ? <p role="status">Checking the file…</p> : null}
      {problem ? <Alert>{problem}</Alert> : null}
      {done ? (
        <Alert tone="success">
          Imported: {done.counts.create} new drafts, {done.counts.update} updated, {done.counts.unchanged} unchanged,{" "}
          {done.counts.error} not imported.
        </Alert>
      ) : null}
      {shown ? (
        <>
          {!done ? (
            <div className="flex flex-wrap items-center gap-3">
              <p className="text-sm" data-testid="import-counts">
                {preview!.counts.create} to create, {preview!.counts.update} to update, {preview!.counts.unchanged}{" "}
                unchanged, {preview!.counts.error} with errors (left out).
              </p>
              <p className="w-full text-sm text-slate-700" data-testid="import-drafts-only">
                Import creates drafts and updates only drafts. A row whose activity has been reviewed (scheduled,
                completed or cancelled) is refused: ask a reviewer to reopen that activity first, or leave the row out.
              </p>
              <Button
                type="button"
                disabled={writable === 0}
                pending={pending === "import"}
                pendingLabel="Importing…"
                onClick={async () => {
                  setPending("import");
                  const result = await applyImportAction(text!);
                  setPending(null);
                  if (result.ok) setDone(result.data);
                  else setProblem(result.message);
                }}
              >
                Import {writable} {writable === 1 ? "row" : "rows"}
              </Button>
            </div>
          ) : null}
          <DataTable columns={["Line", "Reference", "Title", "What happens"]}>
            {shown.rows.map((row) => (
              <tr key={row.line} className="align-top">
                <td className="px-4 py-3 tabular-nums">{row.line}</td>
                <td className="px-4 py-3">{row.reference}</td>
                <td className="px-4 py-3">
                  {row.activityId ? (
                    <Link href={`/activities/${row.activityId}`} className="text-brand-700 hover:underline">
                      {row.title || "(no title)"}
                    </Link>
                  ) : (
                    row.title
                  )}
                </td>
                <td className="px-4 py-3">
                  <span className={row.action === "error" ? "font-semibold text-rose-800" : "font-medium"}>
                    {ACTION_LABELS[row.action]}
                  </span>
                  {row.messages.length > 0 ? (
                    <ul className="mt-1 list-inside list-disc text-rose-800">
                      {row.messages.map((m) => (
                        <li key={m}>{m}</li>
                      ))}
                    </ul>
                  ) : null}
                </td>
              </tr>
            ))}
          </DataTable>
        </>
      ) : null}
    </div>
  );
}
