import type { OrganisationKind } from "../../lib/domain";
import type { IatiOrganisationType } from "../../lib/iati/codes";

export interface SeedOrganisation {
  code: string;
  kind: OrganisationKind;
  acronym: string | null;
  name: string;
  parent?: string;
  countryCode?: string;
  /** IATI OrganisationType where its kind's default is wrong (lib/iati/codes.ts). */
  iatiType?: IatiOrganisationType;
  /**
   * Its identifier as it publishes to IATI: the reporting-org ref of its own published
   * files, which is its OECD DAC channel code under the XM-DAC prefix. Only entities found
   * publishing under it are given one; the others (OHCHR, DPA, ESCAP, OSAPG, the Resident
   * Coordinator, UN-ACT) were not found publishing and are left without, never guessed.
   */
  iatiIdentifier?: string;
}

const AICHR_MEMBER_STATES: Array<[string, string]> = [
  ["BN", "Brunei Darussalam"],
  ["KH", "Cambodia"],
  ["ID", "Indonesia"],
  ["LA", "Lao PDR"],
  ["MY", "Malaysia"],
  ["MM", "Myanmar"],
  ["PH", "Philippines"],
  ["SG", "Singapore"],
  ["TH", "Thailand"],
  ["VN", "Viet Nam"],
];

// Every organisation the Background Note names, parents before children.
export const SEED_ORGANISATIONS: SeedOrganisation[] = [
  { code: "AICHR", kind: "asean_body", acronym: "AICHR", name: "ASEAN Intergovernmental Commission on Human Rights" },
  {
    code: "ACWC",
    kind: "asean_body",
    acronym: "ACWC",
    name: "ASEAN Commission on the Promotion and Protection of the Rights of Women and Children",
  },
  {
    code: "ACMW",
    kind: "asean_body",
    acronym: "ACMW",
    name: "ASEAN Committee on the Implementation of the ASEAN Declaration on the Protection and Promotion of the Rights of Migrant Workers",
  },
  { code: "ACW", kind: "asean_body", acronym: "ACW", name: "ASEAN Committee on Women" },
  { code: "ASEC", kind: "asean_body", acronym: "ASEC", name: "ASEAN Secretariat" },
  ...AICHR_MEMBER_STATES.map(([countryCode, country]): SeedOrganisation => ({
    code: `AICHR-${countryCode}`,
    kind: "aichr_representative",
    acronym: null,
    name: `AICHR ${country}`,
    parent: "AICHR",
    countryCode,
  })),
  {
    code: "OHCHR",
    kind: "un_entity",
    acronym: "OHCHR",
    name: "Office of the United Nations High Commissioner for Human Rights",
  },
  {
    code: "OHCHR-SEARO",
    kind: "un_entity",
    acronym: "OHCHR SEARO",
    name: "OHCHR South-East Asia Regional Office",
    parent: "OHCHR",
  },
  {
    code: "UNDP",
    kind: "un_entity",
    iatiIdentifier: "XM-DAC-41114",
    acronym: "UNDP",
    name: "United Nations Development Programme",
  },
  {
    code: "UN-ACT",
    kind: "un_entity",
    acronym: "UN-ACT",
    name: "United Nations Action for Cooperation against Trafficking in Persons",
    parent: "UNDP",
  },
  {
    code: "UNICEF",
    kind: "un_entity",
    iatiIdentifier: "XM-DAC-41122",
    acronym: "UNICEF",
    name: "United Nations Children's Fund",
  },
  {
    code: "UNESCO",
    kind: "un_entity",
    iatiIdentifier: "XM-DAC-41304",
    acronym: "UNESCO",
    name: "United Nations Educational, Scientific and Cultural Organization",
  },
  {
    code: "UNEP",
    kind: "un_entity",
    iatiIdentifier: "XM-DAC-41116",
    acronym: "UNEP",
    name: "United Nations Environment Programme",
  },
  {
    code: "UN-WOMEN",
    kind: "un_entity",
    iatiIdentifier: "XM-DAC-41146",
    acronym: "UN Women",
    name: "United Nations Entity for Gender Equality and the Empowerment of Women",
  },
  {
    code: "UNHCR",
    kind: "un_entity",
    iatiIdentifier: "XM-DAC-41121",
    acronym: "UNHCR",
    name: "Office of the United Nations High Commissioner for Refugees",
  },
  {
    code: "ILO",
    kind: "un_entity",
    iatiIdentifier: "XM-DAC-41302",
    acronym: "ILO",
    name: "International Labour Organization",
  },
  {
    code: "IOM",
    kind: "un_entity",
    iatiIdentifier: "XM-DAC-47066",
    acronym: "IOM",
    name: "International Organization for Migration",
  },
  { code: "DPA", kind: "un_entity", acronym: "DPA", name: "United Nations Department of Political Affairs" },
  {
    code: "ESCAP",
    kind: "un_entity",
    acronym: "ESCAP",
    name: "United Nations Economic and Social Commission for Asia and the Pacific",
  },
  {
    code: "OSAPG",
    kind: "un_entity",
    acronym: "OSAPG",
    name: "Office of the Special Adviser on the Prevention of Genocide",
  },
  {
    code: "UNRC-ID",
    kind: "un_entity",
    acronym: "UNRC Indonesia",
    name: "United Nations Resident Coordinator in Indonesia",
    countryCode: "ID",
  },
  {
    code: "AIPR",
    kind: "civil_society",
    iatiType: "21", // an NGO working internationally, not an intergovernmental body
    acronym: "AIPR",
    name: "Auschwitz Institute for Peace and Reconciliation",
  },
  {
    code: "IACHR",
    kind: "intergovernmental",
    iatiType: "40",
    acronym: "IACHR",
    name: "Inter-American Commission on Human Rights",
  },
  {
    code: "ACHPR",
    kind: "intergovernmental",
    iatiType: "40", // the African Union's, like the IACHR the OAS's
    acronym: "ACHPR",
    name: "African Commission on Human and Peoples' Rights",
  },
  // As the note names it ("the European Council"), not the Council of Europe; an EU
  // institution, multilateral for IATI.
  { code: "EUCO", kind: "intergovernmental", iatiType: "40", acronym: null, name: "European Council" },
];
