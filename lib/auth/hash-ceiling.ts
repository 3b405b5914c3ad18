// A ceiling on password hashes per second for this server process, whatever the emails:
// a flood of attempts on unknown addresses (each costing a 19 MiB argon2id verification)
// is refused quickly instead of queueing every sign-in behind it. A token bucket: up to
// HASHES_PER_SECOND on average, bursts of as many.

export const HASHES_PER_SECOND = 30;

export class HashCeiling {
  private tokens: number;
  private refilledAt: number;

  constructor(
    private readonly perSecond = HASHES_PER_SECOND,
    now = Date.now(),
  ) {
    this.tokens = perSecond;
    this.refilledAt = now;
  }

  /** Takes one hash from the budget; false when this second's budget is spent. */
  take(now = Date.now()): boolean {
    this.tokens = Math.min(this.perSecond, this.tokens + ((now - this.refilledAt) / 1000) * this.perSecond);
    this.refilledAt = now;
    if (this.tokens < 1) return false;
    this.tokens -= 1;
    return true;
  }
}

const shared = globalThis as typeof globalThis & { passwordHashCeiling?: HashCeiling };
export function passwordHashCeiling(): HashCeiling {
  return (shared.passwordHashCeiling ??= new HashCeiling());
}
