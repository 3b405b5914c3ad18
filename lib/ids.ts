const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Ids come from URLs and from server actions' arguments, which can be anything: anything
 * but a UUID is "not found", never a database error (a regex test would turn an object into
 * a string first, and some objects throw when turned into one).
 */
export function isUuid(value: unknown): value is string {
  return typeof value === "string" && UUID.test(value);
}
