import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

// The official schemas and code lists, kept in the repository (vendor/iati/README.md).
export const IATI_DIR = path.resolve(import.meta.dirname, "..", "vendor", "iati");

/** Validates with xmllint against the official 2.03 schema; returns its verdict and report. */
export function validateIati(xml: string): { valid: boolean; report: string } {
  const dir = mkdtempSync(path.join(tmpdir(), "iati-"));
  const file = path.join(dir, "export.xml");
  writeFileSync(file, xml);
  try {
    const run = spawnSync("xmllint", ["--noout", "--schema", path.join(IATI_DIR, "iati-activities-schema.xsd"), file], {
      encoding: "utf8",
      maxBuffer: 64 * 1024 * 1024,
    });
    if (run.error) throw run.error; // xmllint missing: fail loudly, never pass silently
    return { valid: run.status === 0, report: `${run.stdout}${run.stderr}`.slice(0, 4000) };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The codes a code list allows. */
export function codes(list: string): Set<string> {
  const xml = readFileSync(path.join(IATI_DIR, "codelists", `${list}.xml`), "utf8");
  return new Set([...xml.matchAll(/<code>([^<]+)<\/code>/g)].map((m) => m[1]!));
}
