import { HashCeiling } from "@/lib/auth/hash-ceiling";

/**
 * Gives this process a ceiling of password hashes that no test reaches. The real ceiling (30 a
 * second) has its own tests; tests that sign in faster than that on a quiet machine would
 * otherwise pass or fail by the machine's speed (refused as "busy").
 */
export function liftHashCeiling(): void {
  (globalThis as { passwordHashCeiling?: HashCeiling }).passwordHashCeiling = new HashCeiling(1_000_000);
}
