"use client";

import { useId, useRef, useState, type ReactNode } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { INPUT_CLASS } from "@/components/ui/field";

/**
 * A button that opens a modal dialog to confirm an action, and to give the comment or
 * reason it requires; the dialog stays open with the message if the server refuses.
 */
export function ActionDialog({
  label,
  title,
  description,
  commentLabel,
  commentRequired,
  destructive,
  context,
  confirmLabel,
  children,
  onConfirm,
}: {
  label: string;
  /** Read after the label by screen readers, where many rows each have one (" UNICEF"). */
  context?: string;
  /** The confirming button's text, where it differs from the label ("Save" for "Edit"). */
  confirmLabel?: string;
  title: string;
  description?: string;
  commentLabel?: string;
  commentRequired?: boolean;
  destructive?: boolean;
  children?: ReactNode;
  onConfirm: (comment: string, form: HTMLFormElement) => Promise<string | null>;
}) {
  const dialog = useRef<HTMLDialogElement>(null);
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string | null>(null);
  // Unique per instance: a table may hold one "Retire" dialog per row.
  const id = `${label.toLowerCase().replace(/[^a-z]+/g, "-")}-${useId()}`;
  return (
    <>
      <Button
        type="button"
        variant={destructive ? "dangerOutline" : "secondary"}
        onClick={() => dialog.current?.showModal()}
      >
        {label}
        {context ? <span className="sr-only"> {context}</span> : null}
      </Button>
      <dialog
        ref={dialog}
        aria-labelledby={`${id}-title`}
        className="m-auto w-full max-w-lg rounded-lg p-0 shadow-xl backdrop:bg-slate-900/40"
      >
        <form
          className="space-y-4 p-6"
          onSubmit={async (event) => {
            event.preventDefault();
            const form = event.currentTarget;
            const comment = String(new FormData(form).get("comment") ?? "").trim();
            if (commentRequired && !comment) {
              setError(`${commentLabel ?? "A comment"} is required.`);
              return;
            }
            setPending(true);
            setError(null);
            const failure = await onConfirm(comment, form);
            setPending(false);
            if (failure) setError(failure);
            else dialog.current?.close();
          }}
        >
          <h2 id={`${id}-title`} className="text-lg font-semibold">
            {title}
          </h2>
          {description ? <p className="text-sm text-slate-700">{description}</p> : null}
          {error ? <Alert>{error}</Alert> : null}
          {children}
          {commentLabel ? (
            <div>
              <label htmlFor={`${id}-comment`} className="block text-sm font-medium text-slate-800">
                {commentLabel}
                {commentRequired ? "" : " (optional)"}
              </label>
              <textarea id={`${id}-comment`} name="comment" rows={4} maxLength={2000} className={INPUT_CLASS} />
            </div>
          ) : null}
          <div className="flex justify-end gap-3">
            <Button type="button" variant="secondary" onClick={() => dialog.current?.close()}>
              Go back
            </Button>
            <Button
              type="submit"
              variant={destructive ? "danger" : "primary"}
              pending={pending}
              pendingLabel="Working…"
            >
              {confirmLabel ?? label}
            </Button>
          </div>
        </form>
      </dialog>
    </>
  );
}
