import { describe, expect, it } from "vitest";
import { countAttempt, MAX_FAILURES, type ThrottleState } from "./throttle-policy";

const at = (minutes: number) => new Date(Date.UTC(2027, 0, 1, 8, 0) + minutes * 60_000);
const fresh = (): ThrottleState => ({ failures: 0, windowStartedAt: at(0), throttledUntil: null, throttles: 0 });

function run(state: ThrottleState, count: number, now: Date) {
  let allowed = 0;
  for (let i = 0; i < count; i++) {
    const decision = countAttempt(state, now);
    if (!decision.allowed) continue;
    allowed++;
    state = decision.next;
  }
  return { state, allowed };
}

describe("sign-in throttle policy", () => {
  it("allows MAX_FAILURES attempts in a window, then waits 1, 2, 4, 8, 15, 15 minutes", () => {
    let state = fresh();
    const delays: number[] = [];
    let now = at(0);
    for (let round = 0; round < 6; round++) {
      const result = run(state, 25, now);
      expect(result.allowed).toBe(MAX_FAILURES);
      state = result.state;
      delays.push((state.throttledUntil!.getTime() - now.getTime()) / 60_000);
      now = state.throttledUntil!;
    }
    expect(delays).toEqual([1, 2, 4, 8, 15, 15]);
  });

  it("refusals while waiting change nothing", () => {
    const { state } = run(fresh(), MAX_FAILURES, at(0));
    const refused = countAttempt(state, at(0.5));
    expect(refused).toEqual({ allowed: false, until: at(1) });
  });

  it("a quiet window after a wait starts the growth again; an old window's failures are forgotten", () => {
    let { state } = run(fresh(), MAX_FAILURES, at(0));
    state = run(state, MAX_FAILURES, at(1)).state; // 2 minutes, until minute 3
    expect(state.throttles).toBe(2);
    state = run(state, MAX_FAILURES, at(3 + 15)).state;
    expect(state.throttledUntil).toEqual(at(19));
    const partial = run(fresh(), MAX_FAILURES - 1, at(0)).state;
    expect(run(partial, 1, at(15)).state.failures).toBe(1);
  });
});
