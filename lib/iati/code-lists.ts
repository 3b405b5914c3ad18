import { readFileSync } from "node:fs";
import path from "node:path";

// The official schemas and code lists, kept in the repository (vendor/iati/README.md); the
// app runs from the repository's root (npm start, npm run demo), the tests too.
export const IATI_DIR = path.join(process.cwd(), "vendor", "iati");

/** The codes a code list allows. */
export function codes(list: string): Set<string> {
  const xml = readFileSync(path.join(IATI_DIR, "codelists", `${list}.xml`), "utf8");
  return new Set([...xml.matchAll(/<code>([^<]+)<\/code>/g)].map((m) => m[1]!));
}
