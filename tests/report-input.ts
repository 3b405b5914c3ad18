/** A valid completion report for an organisation, as the report form posts it. */
export function reportInput(organisationId: string, overrides: Record<string, unknown> = {}) {
  return {
    organisationId,
    actualStartDate: "2026-03-10",
    actualStartPrecision: "day",
    actualEndDate: "",
    actualEndPrecision: "day",
    participantsTotal: "30",
    bySex: { women: "16", men: "13", other: "1" },
    byGroup: { government: "10", nhri: "", civil_society: "20", business: "", un: "", academia: "", other: "" },
    outcomes: "A shared checklist.",
    followUp: "",
    links: "",
    ...overrides,
  };
}
