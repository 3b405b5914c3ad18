"use client";

import { useRouter } from "next/navigation";
import { useEffect, useRef, useState, type ReactNode } from "react";
import {
  deleteNoteAction,
  regenerateNoteAction,
  restoreNotePartAction,
  saveNotePartAction,
  setLeftOutAction,
} from "@/app/(app)/reports/background-note/actions";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { ActionDialog } from "@/components/workflow/action-dialog";

const AUTOSAVE_MS = 800;
export const UNSAVED_WARNING = "This note has text that is not saved yet. Leave the page anyway?";

/**
 * Makes the buttons of the note's markup (note-markup.ts) work, with one listener: "Edit"
 * opens a text box in place of a part, saved as one types (autosave); "Use generated text"
 * drops an edit; "Leave out" / "Bring back" an activity. While text is unsaved, leaving the
 * page asks first, and a download link saves it before downloading, so the file carries
 * what is on screen.
 */
export function NoteEditorArea({ noteId, children }: { noteId: string; children: ReactNode }) {
  const router = useRouter();
  const area = useRef<HTMLDivElement>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    const element = area.current!;
    const waiting = new Map<string, { timer: ReturnType<typeof setTimeout>; save: () => Promise<void> }>();
    const saving = new Set<Promise<void>>();
    const unsaved = () => waiting.size > 0 || saving.size > 0;
    const flush = async () => {
      for (const [key, w] of [...waiting]) {
        clearTimeout(w.timer);
        waiting.delete(key);
        await w.save();
      }
      await Promise.all([...saving]);
    };

    const openEditor = (button: HTMLButtonElement) => {
      const key = button.dataset.editPart!;
      const part = button.closest<HTMLElement>(".note-part")!;
      const textBox = part.querySelector<HTMLElement>(".note-text")!;
      if (part.querySelector("textarea")) return;
      const id = `edit-${textBox.id}`;
      const editor = document.createElement("div");
      editor.className = "space-y-2";
      const label = document.createElement("label");
      label.htmlFor = id;
      label.className = "block text-sm font-medium text-slate-800";
      label.textContent = `Text of ${button.dataset.label ?? "this part"}`;
      const input = document.createElement("textarea");
      input.id = id;
      input.rows = Math.min(12, Math.max(3, Math.ceil((textBox.dataset.text ?? "").length / 90)));
      input.className =
        "block w-full rounded-md border border-slate-300 px-3 py-2 text-sm shadow-sm focus:border-brand-600 focus:ring-brand-600";
      input.value = textBox.dataset.text ?? "";
      const status = document.createElement("p");
      status.setAttribute("role", "status");
      status.className = "text-sm text-slate-600";
      const hint = document.createElement("p");
      hint.className = "text-xs text-slate-600";
      hint.textContent =
        "Saved as you type. A blank line starts a new paragraph; [^source] makes a footnote; empty text is not printed.";
      const done = document.createElement("button");
      done.type = "button";
      done.className = "leave-out";
      done.textContent = "Done";
      const save = async () => {
        const text = input.value;
        status.textContent = "Saving…";
        const request = saveNotePartAction(noteId, { key, text }).then(
          (result) => {
            status.textContent = result.ok ? "Saved." : result.message;
          },
          () => {
            status.textContent = "Not saved: check your connection and try again.";
          },
        );
        saving.add(request);
        await request;
        saving.delete(request);
      };
      input.addEventListener("input", () => {
        status.textContent = "Unsaved changes…";
        const before = waiting.get(key);
        if (before) clearTimeout(before.timer);
        const timer = setTimeout(() => {
          waiting.delete(key);
          void save();
        }, AUTOSAVE_MS);
        waiting.set(key, { timer, save });
      });
      done.addEventListener("click", async () => {
        done.disabled = true;
        await flush();
        router.refresh();
      });
      editor.append(label, input, hint, status, done);
      textBox.replaceChildren(editor);
      input.focus();
    };

    const run = async (button: HTMLButtonElement, call: () => Promise<{ ok: boolean; message?: string }>) => {
      button.disabled = true;
      try {
        await flush();
        const result = await call();
        setError(result.ok ? null : (result.message ?? "Refused."));
        if (result.ok) router.refresh();
      } catch {
        setError("The change could not be sent. Check your connection and try again.");
      } finally {
        button.disabled = false;
      }
    };

    const onClick = (event: MouseEvent) => {
      const button = (event.target as Element).closest<HTMLButtonElement>("button");
      if (!button || button.disabled) return;
      if (button.dataset.editPart) return openEditor(button);
      if (button.dataset.restorePart)
        return void run(button, () => restoreNotePartAction(noteId, { key: button.dataset.restorePart }));
      if (button.dataset.leaveOut)
        return void run(button, () =>
          setLeftOutAction(noteId, button.dataset.leaveOut!, button.dataset.leftOut === undefined),
        );
    };
    // Leaving by a link while text is unsaved asks first; a download saves first, then downloads.
    const onLink = async (event: MouseEvent) => {
      const link = (event.target as Element).closest<HTMLAnchorElement>("a[href]");
      if (!link || !unsaved()) return;
      event.preventDefault();
      event.stopPropagation();
      if (link.dataset.download !== undefined) {
        await flush();
        window.location.assign(link.href);
      } else if (window.confirm(UNSAVED_WARNING)) {
        window.location.assign(link.href);
      }
    };
    const onUnload = (event: BeforeUnloadEvent) => {
      if (unsaved()) event.preventDefault();
    };
    element.addEventListener("click", onClick);
    document.addEventListener("click", onLink, true);
    window.addEventListener("beforeunload", onUnload);
    return () => {
      element.removeEventListener("click", onClick);
      document.removeEventListener("click", onLink, true);
      window.removeEventListener("beforeunload", onUnload);
    };
  }, [noteId, router]);

  return (
    <div ref={area} className="space-y-6">
      {error ? <Alert>{error}</Alert> : null}
      {children}
    </div>
  );
}

export function RegenerateButton({ noteId }: { noteId: string }) {
  const router = useRouter();
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string | null>(null);
  return (
    <>
      {error ? <Alert>{error}</Alert> : null}
      <Button
        type="button"
        variant="secondary"
        pending={pending}
        pendingLabel="Regenerating…"
        onClick={async () => {
          setPending(true);
          const result = await regenerateNoteAction(noteId);
          setPending(false);
          if (result.ok) router.refresh();
          else setError(result.message);
        }}
      >
        Regenerate from the record
      </Button>
    </>
  );
}

export function DeleteNoteButton({ noteId, title }: { noteId: string; title: string }) {
  const router = useRouter();
  return (
    <ActionDialog
      label="Delete note"
      destructive
      title={`Delete “${title}”?`}
      description="The texts written for this note are deleted with it. The record's activities stay."
      confirmLabel="Delete"
      onConfirm={async () => {
        const result = await deleteNoteAction(noteId);
        if (!result.ok) return result.message;
        router.push("/reports/background-note");
        return null;
      }}
    />
  );
}
