import type { ActivityScope, InvolvementRole, OrganisationKind } from "../domain";

// The IATI 2.03 codes the app uses, each from its code list (vendor/iati/codelists), in one
// place: the export writes them, the organisation form offers them, the rules check in the
// tests holds them against the lists.

/** OrganisationType: the ones the record's organisations can be. */
export const IATI_ORGANISATION_TYPES = {
  "10": "Government",
  "15": "Other public sector",
  "21": "International NGO",
  "22": "National NGO",
  "23": "Regional NGO",
  "40": "Multilateral",
  "60": "Foundation",
  "70": "Private sector",
  "80": "Academic, training and research",
  "90": "Other",
} as const;
export type IatiOrganisationType = keyof typeof IATI_ORGANISATION_TYPES;
export const isIatiOrganisationType = (code: string): code is IatiOrganisationType =>
  Object.hasOwn(IATI_ORGANISATION_TYPES, code);

/**
 * An organisation's type when none is recorded: UN entities and ASEAN bodies are
 * intergovernmental (40 Multilateral), AICHR representatives stand for their governments
 * (10), as governments are; other intergovernmental organisations are 40 and civil society
 * is 21 (International NGO) until an administrator says otherwise.
 */
export const DEFAULT_ORGANISATION_TYPE: Record<OrganisationKind, IatiOrganisationType> = {
  un_entity: "40",
  asean_body: "40",
  aichr_representative: "10",
  government: "10",
  intergovernmental: "40",
  civil_society: "21",
};

/**
 * OrganisationRole from the involvement: the lead is accountable (2), co-organisers and
 * supporters implement (4). Participants only attend, so they are not participating
 * organisations of the activity. Funding (1) is not recorded, so it is never claimed.
 */
export const ORGANISATION_ROLE: Record<InvolvementRole, "2" | "4" | null> = {
  lead: "2",
  co_organiser: "4",
  supporting: "4",
  participant: null,
};

/** ActivityScope: 1 Global, 2 Regional, 3 Multi-national, 4 National. */
export const ACTIVITY_SCOPE_CODE: Record<ActivityScope, "1" | "2" | "3" | "4"> = {
  global: "1",
  regional: "2",
  interregional: "3",
  national: "4",
};

/**
 * Region (vocabulary 1, OECD DAC) of work that is no one country's: 789 Far East Asia,
 * regional (the DAC's region of South-East Asia) for ASEAN work; 998 Developing countries,
 * unspecified for interregional and global work, which no single region receives.
 */
export const RECIPIENT_REGION: Record<Exclude<ActivityScope, "national">, "789" | "998"> = {
  regional: "789",
  interregional: "998",
  global: "998",
};

/** The languages the activity form offers (ISO 639-1, IATI's Language list). */
export const ACTIVITY_LANGUAGES = {
  en: "English",
  id: "Indonesian",
  ms: "Malay",
  th: "Thai",
  vi: "Vietnamese",
  km: "Khmer",
  lo: "Lao",
  my: "Burmese",
  tl: "Tagalog",
  fr: "French",
  es: "Spanish",
} as const;
export type ActivityLanguage = keyof typeof ACTIVITY_LANGUAGES;
