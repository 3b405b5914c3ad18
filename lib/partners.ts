import type { OrganisationKind } from "./domain";

// Partners beyond the UN: governments, other intergovernmental organisations and civil
// society, told apart from UN entities (the note's "UN support", the UN dashboard) and from
// the ASEAN side (ASEAN bodies, AICHR representatives).
export const PARTNER_KINDS = [
  "government",
  "intergovernmental",
  "civil_society",
] as const satisfies readonly OrganisationKind[];

export const isPartnerKind = (kind: OrganisationKind): boolean => (PARTNER_KINDS as readonly string[]).includes(kind);
