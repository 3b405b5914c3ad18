// Plan of Action numbers ("1", "1.2", "1.2.10"): their shape, their reading order, and
// where a clause sits. Pure, so the form, the data layer and the page read them alike.

/** A dotted number of one to six parts, none with a leading zero: 1, 1.2, 1.2.10. */
export const DOTTED_NUMBER = /^[1-9]\d{0,2}(\.[1-9]\d{0,2}){0,5}$/;
/** A clause's number has at least two parts: it sits inside a section (1.2.3 in 1.2). */
export const CLAUSE_NUMBER = /^[1-9]\d{0,2}(\.[1-9]\d{0,2}){1,5}$/;

/** Dotted numbers in reading order: 1.2 before 1.10, 1.2 before 1.2.1. */
export function compareNumbers(a: string, b: string): number {
  const x = a.split(".").map(Number);
  const y = b.split(".").map(Number);
  for (let i = 0; i < Math.max(x.length, y.length); i++) {
    const d = (x[i] ?? -1) - (y[i] ?? -1);
    if (d !== 0) return d;
  }
  return 0;
}

/**
 * Each clause's `position`: its index in natural order, as the seed numbers the clauses
 * it lists in that order (1.2.1 -> 0, 1.2.2 -> 1, ... 1.2.10 -> 8).
 */
export function naturalPositions(numbers: readonly string[]): Map<string, number> {
  return new Map([...numbers].sort(compareNumbers).map((n, i) => [n, i]));
}

/** The number's nearest enclosing one among `candidates` (1.2.3 in 1.2, else 1), or null. */
export function enclosingNumber(number: string, candidates: readonly string[]): string | null {
  const parts = number.split(".");
  for (let length = parts.length - 1; length > 0; length--) {
    const prefix = parts.slice(0, length).join(".");
    if (candidates.includes(prefix)) return prefix;
  }
  return null;
}
