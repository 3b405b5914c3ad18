"use client";

import { useRouter } from "next/navigation";
import { useEffect, useRef, useState, type ReactNode } from "react";
import {
  regenerateNoteAction,
  saveIntroductionAction,
  setLeftOutAction,
} from "@/app/(app)/reports/background-note/actions";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { INPUT_CLASS } from "@/components/ui/field";

export function IntroductionEditor({ noteId, initial }: { noteId: string; initial: string }) {
  const [text, setText] = useState(initial);
  const [state, setState] = useState<"idle" | "saving" | "saved" | string>("idle");
  return (
    <div className="space-y-2 print:hidden">
      <label htmlFor="introduction" className="block text-sm font-medium text-slate-800">
        Introduction
      </label>
      <textarea
        id="introduction"
        rows={8}
        value={text}
        onChange={(e) => {
          setText(e.target.value);
          setState("idle");
        }}
        className={INPUT_CLASS}
      />
      <div className="flex items-center gap-3">
        <Button
          type="button"
          pending={state === "saving"}
          pendingLabel="Saving…"
          onClick={async () => {
            setState("saving");
            const result = await saveIntroductionAction(noteId, { introduction: text });
            setState(result.ok ? "saved" : result.message);
          }}
        >
          Save introduction
        </Button>
        <p role="status" className="text-sm text-slate-600">
          {state === "saved" ? "Saved." : state !== "idle" && state !== "saving" ? state : ""}
        </p>
      </div>
    </div>
  );
}

/**
 * Makes every leave-out button inside it (note-markup.ts) work, with one listener: the
 * button's activity is left out of the note (or brought back), then the page shows the
 * note again. While it runs the button is disabled; a refusal is shown above the note.
 */
export function LeaveOutArea({ noteId, children }: { noteId: string; children: ReactNode }) {
  const router = useRouter();
  const area = useRef<HTMLDivElement>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    const element = area.current!;
    const onClick = async (event: MouseEvent) => {
      const button = (event.target as Element).closest<HTMLButtonElement>("button[data-leave-out]");
      if (!button || button.disabled) return;
      button.disabled = true;
      try {
        const result = await setLeftOutAction(noteId, button.dataset.leaveOut!, button.dataset.leftOut === undefined);
        setError(result.ok ? null : result.message);
        if (result.ok) router.refresh();
      } catch {
        setError("The change could not be sent. Check your connection and try again.");
      } finally {
        button.disabled = false;
      }
    };
    element.addEventListener("click", onClick);
    return () => element.removeEventListener("click", onClick);
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
