"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
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

export function LeaveOutButton({
  noteId,
  activityId,
  leftOut = false,
}: {
  noteId: string;
  activityId: string;
  leftOut?: boolean;
}) {
  const router = useRouter();
  const [pending, setPending] = useState(false);
  return (
    <button
      type="button"
      disabled={pending}
      onClick={async () => {
        setPending(true);
        const result = await setLeftOutAction(noteId, activityId, !leftOut);
        setPending(false);
        if (result.ok) router.refresh();
      }}
      className="shrink-0 rounded border border-slate-300 px-2 py-0.5 text-xs font-medium text-slate-700 hover:bg-slate-100 disabled:opacity-60 print:hidden"
    >
      {pending ? "…" : leftOut ? "Bring back" : "Leave out"}
    </button>
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
