import { appUrl, env } from "@/lib/env";

/**
 * The reporting-org ref while none is configured: plainly a placeholder ("XX" is no
 * registration agency), so a file published by mistake cannot pass for the secretariat's.
 */
export const PLACEHOLDER_REPORTING_REF = "XX-IATI-REF-NOT-SET";

export const reportingOrgRef = () => env().IATI_REPORTING_ORG_REF ?? PLACEHOLDER_REPORTING_REF;

/** What to tell the people who run or export, while the ref is the placeholder. */
export function reportingRefWarning(): string | null {
  return reportingOrgRef() === PLACEHOLDER_REPORTING_REF
    ? `IATI_REPORTING_ORG_REF is not set: the IATI export uses the placeholder ${PLACEHOLDER_REPORTING_REF} as the reporting organisation. Set it to the ASEAN Secretariat's IATI organisation identifier before publishing the file.`
    : null;
}

/** The reporting organisation of the export; its links point at the app's public address. */
export const iatiReportingOrg = (origin: string) => ({
  ref: reportingOrgRef(),
  name: "ASEAN Secretariat",
  baseUrl: appUrl(origin),
});
