"use client";

import { useState } from "react";
import { setEmailPreferenceAction } from "@/app/(app)/notifications/actions";
import { Button } from "@/components/ui/button";

const CHOICES = [
  ["immediate", "At once", "An email for each notification."],
  ["digest", "Daily digest", "One email a day with the day's notifications."],
  ["none", "No email", "Notifications in the app only."],
] as const;

export function EmailPreference({ initial }: { initial: string }) {
  const [value, setValue] = useState(initial);
  const [state, setState] = useState<"idle" | "saving" | "saved" | "error">("idle");
  return (
    <form
      id="email"
      className="space-y-3"
      onSubmit={async (e) => {
        e.preventDefault();
        setState("saving");
        const result = await setEmailPreferenceAction({ preference: value });
        setState(result.ok ? "saved" : "error");
      }}
    >
      <fieldset>
        <legend className="text-sm font-medium text-slate-800">Email me about notifications</legend>
        <div className="mt-2 space-y-2">
          {CHOICES.map(([choice, label, hint]) => (
            <label key={choice} className="flex items-start gap-2 text-sm">
              <input
                type="radio"
                name="preference"
                value={choice}
                checked={value === choice}
                onChange={() => {
                  setValue(choice);
                  setState("idle");
                }}
                className="mt-1"
              />
              <span>
                <span className="font-medium">{label}</span> <span className="text-slate-600">{hint}</span>
              </span>
            </label>
          ))}
        </div>
      </fieldset>
      <div className="flex items-center gap-3">
        <Button type="submit" pending={state === "saving"} pendingLabel="Saving…">
          Save
        </Button>
        <p role="status" className="text-sm text-slate-600">
          {state === "saved" ? "Saved." : state === "error" ? "Could not save. Try again." : ""}
        </p>
      </div>
    </form>
  );
}
