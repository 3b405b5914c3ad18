import { checkIatiSchema } from "@/lib/iati/schema-check";

export { codes, IATI_DIR } from "@/lib/iati/code-lists";

/** Validates with xmllint against the official 2.03 schema; returns its verdict and report. */
export function validateIati(xml: string): { valid: boolean; report: string } {
  const { valid, report } = checkIatiSchema(xml);
  if (valid === null) throw new Error(report); // xmllint missing: fail loudly, never pass silently
  return { valid, report };
}
