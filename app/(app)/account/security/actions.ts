"use server";

import { revalidatePath } from "next/cache";
import { runAccountAction } from "@/lib/actions";
import {
  changePassword,
  confirmMfaEnrolment,
  disableMfa,
  endOtherSessions,
  renewRecoveryCodes,
  startMfaEnrolment,
} from "@/lib/dal/account-security";

const PAGE = "/account/security";
const subject = (action: string) => ({ entityType: "user" as const, entityId: "self", action });

export async function changePasswordAction(values: unknown) {
  return runAccountAction(subject("change_password"), (session) => changePassword(session, values));
}

export async function startMfaEnrolmentAction() {
  return runAccountAction(subject("start_mfa_enrolment"), (session) => startMfaEnrolment(session));
}

export async function confirmMfaEnrolmentAction(values: unknown) {
  const result = await runAccountAction(subject("enable_mfa"), (session) => confirmMfaEnrolment(session, values));
  if (result.ok) revalidatePath("/", "layout");
  return result;
}

export async function renewRecoveryCodesAction(values: unknown) {
  const result = await runAccountAction(subject("renew_recovery_codes"), (session) =>
    renewRecoveryCodes(session, values),
  );
  if (result.ok) revalidatePath(PAGE);
  return result;
}

export async function disableMfaAction(values: unknown) {
  const result = await runAccountAction(subject("disable_mfa"), (session) => disableMfa(session, values));
  if (result.ok) revalidatePath(PAGE);
  return result;
}

export async function endOtherSessionsAction(values: unknown) {
  const result = await runAccountAction(subject("sign_out_elsewhere"), (session) => endOtherSessions(session, values));
  if (result.ok) revalidatePath(PAGE);
  return result;
}
