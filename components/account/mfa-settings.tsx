"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import {
  confirmMfaEnrolmentAction,
  disableMfaAction,
  renewRecoveryCodesAction,
  startMfaEnrolmentAction,
} from "@/app/(app)/account/security/actions";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import type { ActionResult } from "@/lib/action-result";
import { CodeInput, PasswordAgainInput } from "./new-password-fields";
import { RecoveryCodes } from "./recovery-codes";

type Enrolment = { secret: string; qrSvg: string };

/** Two-step verification: set up with a QR code and a first code; renew recovery codes; turn off. */
export function MfaSettings({
  enabled,
  required,
  codesLeft,
}: {
  enabled: boolean;
  required: boolean;
  codesLeft: number;
}) {
  const router = useRouter();
  const [enrolment, setEnrolment] = useState<Enrolment | null>(null);
  const [codes, setCodes] = useState<string[] | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [pending, setPending] = useState<string | null>(null);

  async function run<T>(name: string, call: () => Promise<ActionResult<T>>, done: (data: T) => void) {
    setPending(name);
    setProblem(null);
    const result = await call();
    setPending(null);
    if (!result.ok) return setProblem(Object.values(result.fieldErrors ?? {})[0] ?? result.message);
    done(result.data);
  }
  const value = (form: HTMLFormElement, name: string) => String(new FormData(form).get(name) ?? "");

  if (codes) {
    return (
      <div className="space-y-4">
        <RecoveryCodes codes={codes} />
        <Button type="button" onClick={() => (setCodes(null), router.refresh())}>
          I have saved them
        </Button>
      </div>
    );
  }
  if (!enabled && !enrolment) {
    return (
      <div className="space-y-3">
        {problem ? <Alert>{problem}</Alert> : null}
        <p className="text-sm text-slate-700">
          {required
            ? "Your role must use two-step verification: set it up to continue."
            : "Two-step verification is off. With it, signing in also needs a code from an app on your phone."}
        </p>
        <Button
          type="button"
          pending={pending === "start"}
          pendingLabel="Preparing…"
          onClick={() => run("start", startMfaEnrolmentAction, setEnrolment)}
        >
          Set up two-step verification
        </Button>
      </div>
    );
  }
  if (enrolment) {
    return (
      <form
        className="space-y-4"
        onSubmit={(e) => {
          e.preventDefault();
          const code = value(e.currentTarget, "code");
          void run("confirm", () => confirmMfaEnrolmentAction({ code }), setCodes);
        }}
      >
        {problem ? <Alert>{problem}</Alert> : null}
        <p className="text-sm text-slate-700">
          Scan this code with an authenticator app (such as Google Authenticator, Microsoft Authenticator or 1Password).
        </p>
        <div
          role="img"
          aria-label="QR code to add this account to an authenticator app"
          className="h-48 w-48 rounded border border-slate-200 bg-white p-2"
          // Generated on our server by the qrcode package from the otpauth URI: no user input.
          dangerouslySetInnerHTML={{ __html: enrolment.qrSvg }}
        />
        <p className="text-sm text-slate-700">
          Cannot scan? Enter this key instead:{" "}
          <code className="break-all font-mono">{enrolment.secret.replace(/(.{4})(?=.)/g, "$1 ")}</code>
        </p>
        <CodeInput id="code" label="Then enter the six-digit code it shows" />
        <Button type="submit" pending={pending === "confirm"} pendingLabel="Checking…">
          Turn on
        </Button>
      </form>
    );
  }
  return (
    <div className="space-y-6">
      {problem ? <Alert>{problem}</Alert> : null}
      <p className="text-sm text-slate-700">
        Two-step verification is on. {codesLeft} of 10 recovery codes left
        {codesLeft <= 3 ? ": make new ones soon." : "."}
      </p>
      <form
        className="flex flex-wrap items-end gap-3"
        onSubmit={(e) => {
          e.preventDefault();
          const code = value(e.currentTarget, "code");
          void run("renew", () => renewRecoveryCodesAction({ code }), setCodes);
        }}
      >
        <CodeInput id="renew-code" label="Code from your app" />
        <Button type="submit" variant="secondary" pending={pending === "renew"} pendingLabel="Making…">
          New recovery codes
        </Button>
      </form>
      {required ? (
        <p className="text-sm text-slate-600">Your role must use two-step verification, so it cannot be turned off.</p>
      ) : (
        <form
          className="flex flex-wrap items-end gap-3"
          onSubmit={(e) => {
            e.preventDefault();
            const password = value(e.currentTarget, "password");
            void run(
              "disable",
              () => disableMfaAction({ password }),
              () => router.refresh(),
            );
          }}
        >
          <PasswordAgainInput id="disable-password" label="Your password, to turn it off" />
          <Button type="submit" variant="danger" pending={pending === "disable"} pendingLabel="Turning off…">
            Turn off two-step verification
          </Button>
        </form>
      )}
    </div>
  );
}
