import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { IATI_DIR } from "./code-lists";

export interface SchemaCheck {
  /** null: xmllint is not installed here, so the file was not checked. */
  valid: boolean | null;
  report: string;
}

/** Validates with xmllint (libxml2) against the official 2.03 schema. */
export function checkIatiSchema(xml: string): SchemaCheck {
  const dir = mkdtempSync(path.join(tmpdir(), "iati-"));
  const file = path.join(dir, "export.xml");
  writeFileSync(file, xml);
  try {
    const run = spawnSync("xmllint", ["--noout", "--schema", path.join(IATI_DIR, "iati-activities-schema.xsd"), file], {
      encoding: "utf8",
      maxBuffer: 64 * 1024 * 1024,
    });
    if (run.error) return { valid: null, report: "xmllint is not installed on this server." };
    return {
      valid: run.status === 0,
      report: `${run.stdout}${run.stderr}`.replaceAll(file, "export.xml").slice(0, 4000),
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
