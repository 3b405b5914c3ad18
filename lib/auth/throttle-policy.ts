// How sign-in attempts are throttled, as pure functions of a key's state and the clock
// (lib/dal/accounts/sign-in-limits.ts applies them under a row lock). Growing delay, never a hard
// lock: after MAX_FAILURES counted attempts in WINDOW_MS (ADDRESS_MAX_FAILURES for a client
// address) a key waits 1 minute, then 2, 4,
// 8 and at most 15; a quiet window after a throttle starts the growth again. Attempts made
// while a key waits are refused unchecked and change nothing, so they cannot extend it.

export const MAX_FAILURES = 10;
// A client address may be an office behind one NAT, or many people on one proxy: it allows
// more, yet far fewer than one client trying 9 passwords on every account.
export const ADDRESS_MAX_FAILURES = 100;
// Each reset request sends an email: three to one address in the window, then the growing wait.
export const RESET_MAX_REQUESTS = 3;
export const WINDOW_MS = 15 * 60_000;
const FIRST_DELAY_MS = 60_000;
export const MAX_DELAY_MS = 15 * 60_000;

export interface ThrottleState {
  failures: number;
  windowStartedAt: Date;
  throttledUntil: Date | null;
  throttles: number;
}

export type Decision = { allowed: true; next: ThrottleState; throttledNow: boolean } | { allowed: false; until: Date };

export function delayAfter(throttles: number): number {
  return Math.min(FIRST_DELAY_MS * 2 ** throttles, MAX_DELAY_MS);
}

/** Counts one attempt on a key before it is checked, or refuses it while the key waits. */
export function countAttempt(state: ThrottleState, now: Date, limit = MAX_FAILURES): Decision {
  if (state.throttledUntil && now < state.throttledUntil) return { allowed: false, until: state.throttledUntil };
  const quiet = state.throttledUntil && now.getTime() - state.throttledUntil.getTime() >= WINDOW_MS;
  const throttles = quiet ? 0 : state.throttles;
  const windowOver = now.getTime() - state.windowStartedAt.getTime() >= WINDOW_MS;
  const failures = (windowOver ? 0 : state.failures) + 1;
  const windowStartedAt = windowOver ? now : state.windowStartedAt;
  if (failures < limit) {
    return {
      allowed: true,
      throttledNow: false,
      next: { failures, windowStartedAt, throttledUntil: state.throttledUntil, throttles },
    };
  }
  // The last attempt the window allows is checked; the key then waits, and counts afresh after.
  const throttledUntil = new Date(now.getTime() + delayAfter(throttles));
  return {
    allowed: true,
    throttledNow: true,
    next: { failures: 0, windowStartedAt: throttledUntil, throttledUntil, throttles: throttles + 1 },
  };
}

/** Minutes, rounded up, for the message the refused user reads. */
export function minutesUntil(until: Date, now: Date): number {
  return Math.max(1, Math.ceil((until.getTime() - now.getTime()) / 60_000));
}
