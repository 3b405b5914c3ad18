import type { ActivityScope, ActivityStatus, ActivityType, InvolvementRole, Theme } from "../../lib/domain";

export interface SeedActivity {
  /** Stable reference: seeding again finds the activity by it. */
  ref: string;
  title: string;
  summary: string;
  type: ActivityType;
  status: ActivityStatus;
  /** As the note gives it: "2018-05-15" (a day), "2018-06" (a month), "2017" (a year). */
  start?: string;
  end?: string;
  city?: string;
  countryCode?: string;
  expectedParticipants?: number;
  /** Where the work reaches, as the note describes it (the venue is only where it met). */
  scope: ActivityScope;
  lead: string;
  involved: Array<[organisation: string, role: InvolvementRole]>;
  themes: Theme[];
  /** Plan of Action clause numbers; the first is the primary clause. */
  clauses: string[];
  /** The series the meeting belongs to (a code of SEED_SERIES) and its number in it, if numbered. */
  series?: [code: string, ordinal: number | null];
}

// Every meeting and activity of the AICHR Background Note on Human Rights Cooperation
// (2019), status as of the note. Where the note names no place, none is recorded.
export const SEED_ACTIVITIES: SeedActivity[] = [
  {
    ref: "note2019-aichr-un-meeting-1",
    title: "1st AICHR-UN Meeting",
    summary:
      "The AICHR and the UN held their first formal meeting at the ASEAN Secretariat. The UN delegation was led by the Resident Coordinator in Indonesia and the Regional Representative of OHCHR's South-East Asia Regional Office, joined by UNHCR, UNEP, DPA, UNDP, ILO, IOM, UNESCO, UNICEF and UN Women. The AICHR and the UN deliberated on possible areas for future cooperation on various human rights themes and looked forward to continued collaboration between the AICHR and the UN and its agencies.",
    type: "meeting",
    status: "completed",
    start: "2018-05-15",
    city: "Jakarta",
    countryCode: "ID",
    scope: "regional",
    lead: "AICHR",
    involved: [
      ["UNRC-ID", "co_organiser"],
      ["OHCHR-SEARO", "co_organiser"],
      ["ASEC", "supporting"],
      ["UNHCR", "participant"],
      ["UNEP", "participant"],
      ["DPA", "participant"],
      ["UNDP", "participant"],
      ["ILO", "participant"],
      ["IOM", "participant"],
      ["UNESCO", "participant"],
      ["UNICEF", "participant"],
      ["UN-WOMEN", "participant"],
    ],
    themes: ["institutional_cooperation"],
    clauses: ["1.2.4", "1.2.5"],
    series: ["AICHR-UN-MEETING", 1],
  },
  {
    ref: "note2019-aichr-un-meeting-2",
    title: "2nd AICHR-UN Meeting",
    summary: "The second formal meeting between the AICHR and the UN is scheduled to take place in Bangkok.",
    type: "meeting",
    status: "scheduled",
    start: "2019-11-19",
    city: "Bangkok",
    countryCode: "TH",
    scope: "regional",
    lead: "AICHR",
    involved: [],
    themes: ["institutional_cooperation"],
    clauses: ["1.2.4", "1.2.5"],
    series: ["AICHR-UN-MEETING", 2],
  },
  {
    ref: "note2019-focal-points-rhrm-2018",
    title: "Annual Meeting of Focal Points of Regional Human Rights Mechanisms",
    summary:
      "The former Representative of Malaysia to the AICHR, on behalf of the AICHR Chair, and the ASEAN Secretariat attended the annual Meeting of Focal Points, held under the Human Rights Council resolutions on regional arrangements for the promotion and protection of human rights (most recently A/HRC/RES/34/17). The Meeting was updated on the regional mechanisms' key human rights developments, good practices and upcoming activities of mutual interest, and discussed progress in implementing the 13 Recommendations of the 2016 Workshop on Regional Arrangements for the Promotion and Protection of Human Rights.",
    type: "meeting",
    status: "completed",
    start: "2018-12-07",
    city: "Washington DC",
    countryCode: "US",
    scope: "interregional",
    lead: "OHCHR",
    involved: [
      ["AICHR-MY", "participant"],
      ["ASEC", "participant"],
    ],
    themes: ["institutional_cooperation"],
    clauses: ["1.2.9", "1.2.5"],
    // The note does not number the annual meetings.
    series: ["RHRM-FOCAL-POINTS", null],
  },
  {
    ref: "note2019-regional-arrangements-workshop-2016",
    title: "Workshop on Regional Arrangements for the Promotion and Protection of Human Rights",
    summary:
      "The Workshop adopted 13 Recommendations, whose implementation the annual Meeting of Focal Points of Regional Human Rights Mechanisms follows up.",
    type: "workshop",
    status: "completed",
    start: "2016",
    scope: "interregional",
    lead: "OHCHR",
    involved: [],
    themes: ["institutional_cooperation"],
    clauses: ["1.2.9"],
  },
  {
    ref: "note2019-bhr-training-2017",
    title: "AICHR Training on Business and Human Rights",
    summary:
      "UNDP partnered with the AICHR to co-host a four-day training on business and human rights, focusing on the linkages between business and human rights including the UN Guiding Principles adopted in 2011. It brought together participants from government, civil society, business, the judiciary and National Human Rights Institutions.",
    type: "training",
    status: "completed",
    start: "2017-11-13",
    end: "2017-11-16",
    expectedParticipants: 60,
    scope: "regional",
    lead: "AICHR",
    involved: [["UNDP", "co_organiser"]],
    themes: ["business_human_rights"],
    clauses: ["1.2.4", "1.2.1"],
  },
  {
    ref: "note2019-bhr-interregional-dialogue-2018",
    title:
      "AICHR Inter-Regional Dialogue on Business and Human Rights: Sharing Good Practices on Business and Human Rights",
    summary:
      "AICHR and UNDP co-organised the Dialogue, with support from ESCAP, as a platform for exchange of views and practical lessons on how regional human rights mechanisms, ASEAN sectoral bodies, national human rights institutions and national government agencies can implement or support the implementation of the Guiding Principles on Business and Human Rights. It included representatives of the Inter-American Commission on Human Rights, the African Commission on Human Rights and the European Council.",
    type: "dialogue",
    status: "completed",
    start: "2018-06-04",
    end: "2018-06-06",
    scope: "interregional",
    lead: "AICHR",
    involved: [
      ["UNDP", "co_organiser"],
      ["ESCAP", "supporting"],
      ["IACHR", "participant"],
      ["ACHPR", "participant"],
      ["EUCO", "participant"],
    ],
    themes: ["business_human_rights"],
    clauses: ["1.2.9", "1.2.4"],
  },
  {
    ref: "note2019-bhr-interregional-dialogue-2019",
    title:
      "2019 AICHR Interregional Dialogue on Business and Human Rights: Sharing Good Practices on Business and Human Rights",
    summary:
      "The second Interregional Dialogue, held as part of the Bangkok Business and Human Rights Week with UNDP's support, took stock of ASEAN Member States' progress in implementing the UN Guiding Principles on Business and Human Rights, particularly national action plans, and discussed the interaction between the UNGPs and trade liberalisation through Free Trade Agreements.",
    type: "dialogue",
    status: "completed",
    start: "2019-06-10",
    end: "2019-06-11",
    city: "Bangkok",
    countryCode: "TH",
    scope: "interregional",
    lead: "AICHR",
    involved: [["UNDP", "supporting"]],
    themes: ["business_human_rights"],
    clauses: ["1.2.9", "1.2.4"],
  },
  {
    ref: "note2019-disability-regional-dialogues",
    title: "AICHR regional dialogues on mainstreaming the rights of persons with disabilities",
    summary:
      "UNICEF supported the AICHR's regional dialogues on mainstreaming the rights of persons with disabilities and on addressing the multiple vulnerabilities of children with disabilities.",
    type: "dialogue",
    status: "completed",
    scope: "regional",
    lead: "AICHR",
    involved: [["UNICEF", "supporting"]],
    themes: ["disability_rights", "childrens_rights"],
    clauses: ["1.2.4", "1.2.7"],
  },
  {
    ref: "note2019-education-children-disabilities-2018",
    title: "AICHR Regional Workshop on Enhanced Access to Education for Children with Disabilities",
    summary:
      "UNICEF supported the AICHR Regional Workshop on enhanced access to education for children with disabilities.",
    type: "workshop",
    status: "completed",
    start: "2018-12",
    scope: "regional",
    lead: "AICHR",
    involved: [["UNICEF", "supporting"]],
    themes: ["disability_rights", "childrens_rights"],
    clauses: ["1.2.4", "1.2.6"],
  },
  {
    ref: "note2019-freedom-of-expression-dialogue-2018",
    title: "AICHR High-Level Dialogue on Managing Freedom of Expression in the Information Age",
    summary:
      "UNESCO and OHCHR supported the AICHR High-Level Dialogue, attended by decision makers, formulators and opinion makers and experts from the ten ASEAN Member States. It aimed to develop greater understanding of freedom of expression in the information era within ASEAN, including disinformation in social media, and found that freedom of expression has been challenged in the current information era.",
    type: "dialogue",
    status: "completed",
    start: "2018-04-11",
    end: "2018-04-12",
    city: "Medan",
    countryCode: "ID",
    scope: "regional",
    lead: "AICHR",
    involved: [
      ["UNESCO", "supporting"],
      ["OHCHR", "supporting"],
    ],
    themes: ["freedom_of_expression_media"],
    clauses: ["1.2.4", "1.2.2"],
  },
  {
    ref: "note2019-eia-consultation-2019",
    title:
      "Regional Consultation on Commonalities of Environment Impact Assessment (EIA) in ASEAN Member States and Advancing a Harmonised and Rights-Based Approach",
    summary:
      "UNEP supported the consultation, which built on earlier recommendations to consider concrete steps towards a compendium of national EIA procedures and commonalities in ASEAN Member States and a rights-based framework for effective EIA in ASEAN, transboundary EIA and Strategic Environmental Assessment. Participants discussed the legal frameworks for the environment and EIA, identified commonalities and discussed the way forward for a harmonised, rights-based regional framework: stakeholders, possible content and timeframe.",
    type: "consultation",
    status: "completed",
    start: "2019-10-02",
    end: "2019-10-03",
    city: "Yangon",
    countryCode: "MM",
    scope: "regional",
    lead: "AICHR",
    involved: [["UNEP", "supporting"]],
    themes: ["environment"],
    clauses: ["1.2.7", "1.2.4"],
  },
  {
    ref: "note2019-gender-equality-seminar-2011",
    title: "Seminar \u201cTowards Achieving Substantive Gender Equality\u201d",
    summary:
      "The AICHR, in cooperation with UN Women, held a seminar on the latest developments in the international normative frameworks on gender equality and women's human rights: to help participants understand non-discrimination, substantive equality and state obligations under CEDAW; to share international good practices on compliance with CEDAW; and to make recommendations to the AICHR on possible actions on gender equality in ASEAN.",
    type: "seminar",
    status: "completed",
    start: "2011-09-05",
    end: "2011-09-06",
    scope: "regional",
    lead: "AICHR",
    involved: [["UN-WOMEN", "co_organiser"]],
    themes: ["womens_rights"],
    clauses: ["1.2.6", "1.2.10"],
  },
  {
    ref: "note2019-crc-training-workshop-2017",
    title: "AICHR-ACWC Training Workshop on the UN CRC",
    summary:
      "UNICEF supported the training workshop on the reporting mechanism and general comments of the Convention on the Rights of the Child: a platform for the AICHR and ACWC, ASEAN Member States and civil society organisations working on implementation and reporting for the CRC to share experiences, learn from international and regional experts, and discuss emerging trends in children's rights.",
    type: "training",
    status: "completed",
    start: "2017",
    scope: "regional",
    lead: "AICHR",
    involved: [
      ["ACWC", "co_organiser"],
      ["UNICEF", "supporting"],
    ],
    themes: ["childrens_rights"],
    clauses: ["1.2.6", "1.2.4"],
  },
  {
    ref: "note2019-crc-dialogue-2018",
    title: "ASEAN Dialogue on the UN CRC and Its Related Instruments",
    summary:
      "The Dialogue followed up the 2017 AICHR-ACWC Training Workshop on the UN CRC, with UNICEF's support, on implementation and reporting under the Convention on the Rights of the Child and its related instruments.",
    type: "dialogue",
    status: "completed",
    start: "2018",
    scope: "regional",
    lead: "AICHR",
    involved: [
      ["ACWC", "co_organiser"],
      ["UNICEF", "supporting"],
    ],
    themes: ["childrens_rights"],
    clauses: ["1.2.6", "1.2.5"],
  },
  {
    ref: "note2019-lemkin-seminar-2017",
    title: "Global Raphael Lemkin Seminar for Genocide Prevention",
    summary:
      "The UN Office of the Special Adviser on the Prevention of Genocide invited two ASEAN officials, including from the AICHR, to the annual seminar, held in partnership with the Auschwitz Institute for Peace and Reconciliation.",
    type: "seminar",
    status: "completed",
    start: "2017",
    city: "Auschwitz",
    countryCode: "PL",
    scope: "global",
    lead: "OSAPG",
    involved: [
      ["AIPR", "co_organiser"],
      ["AICHR", "participant"],
    ],
    themes: ["genocide_prevention"],
    clauses: ["1.2.9"],
  },
  {
    ref: "note2019-trafficking-workshop-2018",
    title:
      "Regional Workshop on Prevention Strategies to Combat Trafficking in Persons, especially for Women and Children: Enhancing Access to Information and Community-based Protection System",
    summary:
      "UN-ACT, a UNDP regional project, supported the AICHR with technical inputs on regional experiences of access to information as an effective prevention strategy for the safety and protection of women and children, especially in remote areas.",
    type: "workshop",
    status: "completed",
    start: "2018-06",
    countryCode: "VN",
    scope: "regional",
    lead: "AICHR",
    involved: [["UN-ACT", "supporting"]],
    themes: ["trafficking_in_persons", "womens_rights", "childrens_rights"],
    clauses: ["1.2.4", "1.2.10"],
  },
  {
    ref: "note2019-ahrd-article14-workshop-2018",
    title: "AICHR Capacity Building Workshop on Article 14 of the ASEAN Human Rights Declaration",
    summary: "OHCHR supported AICHR Indonesia in holding the capacity building workshop.",
    type: "workshop",
    status: "completed",
    start: "2018-08",
    scope: "regional",
    lead: "AICHR-ID",
    involved: [["OHCHR", "supporting"]],
    themes: ["asean_human_rights_declaration"],
    clauses: ["1.2.7", "1.2.4"],
  },
  {
    ref: "note2019-water-sanitation-workshop-2017",
    title: "Initial workshop for the AICHR Thematic Study on the Right to Safe Drinking Water and Sanitation",
    summary:
      "The initial workshop made the recommendations on which the First Coordination Meeting of the thematic study built in November 2018.",
    type: "workshop",
    status: "completed",
    start: "2017",
    scope: "regional",
    lead: "AICHR-MY",
    involved: [],
    themes: ["water_sanitation"],
    clauses: ["1.2.4"],
  },
  {
    ref: "note2019-water-sanitation-coordination-2018",
    title: "First Coordination Meeting for the AICHR Thematic Study on the Right to Safe Drinking Water and Sanitation",
    summary:
      "OHCHR supported AICHR Malaysia in the First Coordination Meeting of the thematic study, built on the recommendations of an initial workshop in 2017.",
    type: "meeting",
    status: "completed",
    start: "2018-11",
    scope: "regional",
    lead: "AICHR-MY",
    involved: [["OHCHR", "supporting"]],
    themes: ["water_sanitation"],
    clauses: ["1.2.4", "1.2.7"],
  },
  {
    ref: "note2019-juvenile-justice-study-2019",
    title: "AICHR Thematic Study on Juvenile Justice",
    summary:
      "AICHR Thailand aims to complete a thematic study on juvenile justice and contribute its findings and recommendations to a UNICEF global report on juvenile justice.",
    type: "thematic_study",
    status: "scheduled",
    start: "2019",
    scope: "regional",
    lead: "AICHR-TH",
    involved: [["UNICEF", "supporting"]],
    themes: ["juvenile_justice", "childrens_rights"],
    clauses: ["1.2.4", "1.2.6"],
  },
];
