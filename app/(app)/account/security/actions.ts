"use server";

import { runAccountAction } from "@/lib/actions";
import {
  changePassword,
  confirmMfaEnrolment,
  disableMfa,
  endOtherSessions,
  renewRecoveryCodes,
  startMfaEnrolment,
} from "@/lib/dal/accounts/security";

const PAGE = "/account/security";
const subject = (action: string) => ({ entityType: "user" as const, entityId: "self", action });

export async function changePasswordAction(values: unknown) {
  return runAccountAction(subject("change_password"), (session) => changePassword(session, values));
}

export async function startMfaEnrolmentAction() {
  return runAccountAction(subject("start_mfa_enrolment"), (session) => startMfaEnrolment(session));
}

export async function confirmMfaEnrolmentAction(values: unknown) {
  return runAccountAction(subject("enable_mfa"), (session) => confirmMfaEnrolment(session, values), { layout: "/" });
}

export async function renewRecoveryCodesAction(values: unknown) {
  return runAccountAction(subject("renew_recovery_codes"), (session) => renewRecoveryCodes(session, values), PAGE);
}

export async function disableMfaAction(values: unknown) {
  return runAccountAction(subject("disable_mfa"), (session) => disableMfa(session, values), PAGE);
}

export async function endOtherSessionsAction(values: unknown) {
  return runAccountAction(subject("sign_out_elsewhere"), (session) => endOtherSessions(session, values), PAGE);
}
