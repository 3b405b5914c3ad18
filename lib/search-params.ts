// Reading the URL's query safely: anything malformed falls back to the default, so a
// hand-edited or stale link shows a page instead of an error.

export type SearchParams = Record<string, string | string[] | undefined>;

export function firstParam(params: SearchParams, name: string): string | undefined {
  const value = params[name];
  return Array.isArray(value) ? value[0] : value;
}

/** A page number from the URL: a positive whole number, else 1. */
export function pageParam(params: SearchParams): number {
  const raw = firstParam(params, "page");
  if (!raw || !/^\d{1,6}$/.test(raw)) return 1;
  return Math.max(1, Number.parseInt(raw, 10));
}

// What PostgreSQL cannot hold in text (NUL), other control characters, and half characters
// (a lone UTF-16 surrogate): never a real search, and a 500 if it reached SQL.
const UNUSABLE =
  /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

export function hasUnusableCharacters(text: string): boolean {
  return UNUSABLE.test(text);
}
