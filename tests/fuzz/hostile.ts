import fc from "fast-check";

// Input nobody should send, and some will: markup, SQL, spreadsheet formulas, control
// characters, overlong and malformed text, wrong types, extreme numbers and dates, and keys
// that try to reach Object.prototype.

export const NASTY_STRINGS = [
  "<script>alert(1)</script>",
  '"><img src=x onerror=alert(1)>',
  "javascript:alert(1)",
  "'; DROP TABLE activities; --",
  "' OR '1'='1",
  "1); SELECT pg_sleep(5); --",
  "=cmd|' /C calc'!A0",
  "+SUM(A1:A9)",
  "-2+3",
  '@HYPERLINK("http://evil.example")',
  "\t=1+1",
  "\r=1+1",
  "\u0000",
  "a\u0000b",
  "\u0001match\u0002",
  "\u202egnp.exe",
  "\uD800",
  "\uFEFF",
  "𝕏😀ñ",
  "../../etc/passwd",
  "%00%0d%0a",
  "${7*7}{{7*7}}",
  "__proto__",
  "constructor",
  "9999-12-31",
  "0000-00-00",
  "2024-02-30",
  "+275760-09-13",
  "-000001-01-01",
  "1e309",
  "NaN",
  " ",
  "\r\n",
  "BEGIN:VEVENT\r\nSUMMARY:injected\r\nEND:VEVENT",
  "]]><!--&amp;&#0;",
  "A".repeat(100_000),
];

export const hostileString: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom(...NASTY_STRINGS),
  fc.string({ unit: "binary", maxLength: 40 }),
  fc.string({ unit: "grapheme", maxLength: 300 }),
  // Text that passes length checks with something hostile inside.
  fc
    .tuple(fc.constantFrom(...NASTY_STRINGS), fc.string({ maxLength: 12 }))
    .map(([nasty, text]) => `Workshop ${text} ${nasty}`),
);

const pollution = (key: string) => JSON.parse(`{"${key}": {"polluted": "yes"}}`) as unknown;

export const hostileValue: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 4, arbitrary: hostileString },
  // What the database itself refuses in text: NUL, and a half character (in JSON).
  { weight: 2, arbitrary: fc.constantFrom("A name \u0000 inside", "A name \uD800 inside") },
  // Dates of the right shape that no calendar has, and the ends of the range.
  {
    weight: 2,
    arbitrary: fc.constantFrom("2024-02-30", "2026-13-01", "0000-00-00", "9999-99-99", "10000-01-01", "2026-00"),
  },
  fc.constantFrom(NaN, Infinity, -Infinity, -0, 1e308, Number.MAX_SAFE_INTEGER + 2, -1, 0, 2 ** 31),
  fc.double(),
  fc.bigInt(),
  fc.boolean(),
  fc.constantFrom(null, undefined),
  fc.date({ noInvalidDate: false }),
  fc.constantFrom(new Date(8.64e15), new Date(-8.64e15)),
  fc.array(hostileString, { maxLength: 4 }),
  fc.constantFrom(pollution("__proto__"), pollution("constructor"), pollution("prototype")),
  fc.object({ maxDepth: 2, maxKeys: 4 }),
);

/** Extra keys a form does not have: fields the server must never take from a post. */
const extraKeys = fc.dictionary(
  fc.constantFrom("__proto__", "constructor", "status", "version", "createdById", "role"),
  hostileValue,
  {
    maxKeys: 2,
  },
);

/** The same text with its digits replaced: "2019-12-31" becomes "2019-92-30" or "0000-00-00". */
export const redigit = (text: string, digits: number[]) => {
  let i = 0;
  return text.replace(/\d/g, () => String(digits[i++ % digits.length]));
};
const digits = fc.array(fc.constantFrom(0, 0, 1, 2, 3, 9), { minLength: 1, maxLength: 8 });

/** A valid value with some of its fields (or keys of its own) replaced by hostile ones. */
export function nearValid(base: unknown): fc.Arbitrary<unknown> {
  if (base === null || typeof base !== "object" || Array.isArray(base)) {
    return fc.oneof({ weight: 1, arbitrary: fc.constant(base) }, { weight: 3, arbitrary: hostileValue });
  }
  const fields = Object.fromEntries(
    Object.entries(base).map(([key, value]) => [
      key,
      fc.oneof(
        { weight: 3, arbitrary: fc.constant(value) },
        { weight: 2, arbitrary: hostileValue },
        {
          weight: typeof value === "string" && /\d/.test(value) ? 2 : 0,
          arbitrary: digits.map((d) => redigit(String(value), d)),
        },
      ),
    ]),
  );
  return fc
    .tuple(fc.record(fields), fc.option(extraKeys, { freq: 5 }))
    .map(([record, extra]) => ({ ...record, ...(extra ?? {}) }));
}

/** Hostile input of any shape, or a near miss of a valid one. */
export const hostileInput = (base?: unknown): fc.Arbitrary<unknown> =>
  base === undefined
    ? hostileValue
    : fc.oneof({ weight: 1, arbitrary: hostileValue }, { weight: 3, arbitrary: nearValid(base) });

/** Nothing reached Object.prototype. */
export function prototypeIntact(): boolean {
  return !("polluted" in ({} as Record<string, unknown>));
}

/** Tallies of inputs tried, printed at the end so the totals can be quoted. */
export class Tally {
  private readonly counts = new Map<string, number>();
  add(name: string): void {
    this.counts.set(name, (this.counts.get(name) ?? 0) + 1);
  }
  print(title: string): void {
    const total = [...this.counts.values()].reduce((a, b) => a + b, 0);
    const lines = [...this.counts].map(([name, n]) => `  ${String(n).padStart(6)}  ${name}`);
    console.log(`${title}: ${total} inputs\n${lines.join("\n")}`);
  }
}
