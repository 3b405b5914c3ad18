// The AICHR Background Note on Human Rights Cooperation of 2019 (period 2011-2019), kept
// as the saved note it was: each part as the secretariat wrote it, keyed as the app keys a
// note's parts (activities by their seed reference). An empty text is a part the original
// does not print on its own (told in a theme's opening, or only in the list by year).
// Sources are footnotes, "[^...]", as the original cites them.

export const SEED_NOTE_2019 = {
  title: "AICHR Background Note on Human Rights Cooperation",
  noteDate: "2019-11-01",
  periodFrom: "2011-01-01",
  periodTo: "2019-12-31",
  includeUndated: true,
  /** Told by the original only inside another paragraph (the 2016 workshop, the 2017 water workshop). */
  leftOut: ["note2019-regional-arrangements-workshop-2016", "note2019-water-sanitation-workshop-2017"],
  texts: {
    introduction: [
      "Since the establishment of the ASEAN Inter-Governmental Commission for Human Rights (AICHR) in 2009, the UN system has been directly engaged with the AICHR in a broad range of human rights focus and thematic areas, including sustainable development, women’s and children’s rights, business and human rights, disability rights and environmental rights, among others.",
      "In September 2016, the first ASEAN-UN Plan of Action (2016-2020) was agreed by the Leaders of ASEAN and the UN Secretary-General at the 8th ASEAN-UN Summit in Vientiane, Lao PDR. The Plan of Action includes guidelines for areas of potential engagement between ASEAN and the UN, with specific reference to areas of possible collaboration between the AICHR and the UN. The human rights section in the ASEAN-UN Plan of Action appears as in the Annex enclosed.",
      "At the 9th ASEAN-UN Summit held in Manila on 13th November 2017, the UN Secretary-General indicated to the Leaders of ASEAN that ‘the UN stands ready to strengthen our partnership in the area of human rights, including through strengthening cooperation with the ASEAN Intergovernmental Commission on Human Rights (AICHR)’.[^https://www.un.org/sg/en/content/sg/speeches/2017-11-13/secretary-general%E2%80%99s-9th-asean-summit-remarks]",
      "The ‘Chair’s Statement of the 9th ASEAN-UN Summit’ noted that the Leaders of ASEAN and the UN Secretary-General ‘reaffirmed the importance of the promotion and protection of human rights, including through strengthening collaboration between the ASEAN Intergovernmental Commission on Human Rights (AICHR) and the UN’.[^https://asean.org/wp-content/uploads/2017/12/9th-ASEAN-UN-Summit-Chairs-Statement-FINAL.pdf]",
    ].join("\n\n"),
    "series-heading:aichr-un-meeting": "1st AICHR-UN Meeting, 15 May 2018, ASEAN Secretariat",
    "series:aichr-un-meeting": "",
    "meeting:note2019-aichr-un-meeting-1":
      "The AICHR and the UN held their first formal meeting on 15 May 2018 at ASEAN Secretariat in Jakarta. The UN delegation led by the Resident Coordinator in Indonesia and the Regional Representative for OHCHR’s South-East Asia Regional Office, and joined by representatives from various UN agencies, i.e. UN High Commissioner for Refugees (UNHCR), UN Environment Programme (UNEP), UN Department of Political Affairs (DPA), United Nations Development Programme (UNDP), International Labour Organization (ILO), International Organization for Migration (IOM), UN Educational, Scientific and Cultural Organisation (UNESCO), UN Children’s Emergency Fund (UNICEF), and UN Women. The AICHR and the UN deliberated on possible areas for future cooperation between the AICHR and the UN on various human rights themes and looked forward to continued collaboration between the AICHR and the UN and its agencies.",
    "meeting:note2019-aichr-un-meeting-2":
      "The 2nd AICHR-UN Meeting is scheduled to take place on 19 November 2019 in Bangkok, Thailand.",
    "series-heading:rhrm-focal-points": "Meeting of Focal Points of Regional Human Rights Mechanisms",
    "series:rhrm-focal-points":
      "The AICHR has been attending the annual Meeting of Focal Points of Regional Human Rights Mechanisms since 2011, and the Chair of the AICHR is the designated focal point to attend with assistance of the ASEAN Secretariat. The Meeting was to implement the Resolutions of the United Nations Human Rights Council on Regional Arrangements for the Promotion and Protection of Human Rights, including the most recent Resolution A/HRC/RES/34/17 adopted on 24 March 2017.[^https://undocs.org/en/A/HRC/RES/34/17]",
    "meeting:note2019-focal-points-rhrm-2018":
      "In 2018, the former Representative of Malaysia to the AICHR, on behalf of AICHR Chair, and ASEAN Secretariat attended the annual Meeting of Focal Points on 7 December in Washington DC, the United States of America. The Meeting was updated on the regional mechanisms on key human rights developments, good practices and upcoming activities of mutual interests, the Meeting discussed the progress in implementing the 13 Recommendations of the 2016 Workshop on Regional Arrangements for the Promotion and Protection of Human Rights.",

    "theme-heading:business_human_rights": "Business and Human Rights",
    "theme:business_human_rights":
      "Since 2015, UNDP has been working closely with the AICHR on business and human rights (BHR), including developing and implementing trainings and peer-learning events for AICHR representatives and other stakeholders from the region. In 13-16 November 2017, UNDP partnered with the AICHR to co-host a training event on BHR targeting 60 participants from government, civil society, business, and National Human Rights Institutions. On 4-6 June 2018, AICHR and UNDP co-organised the AICHR Inter-Regional Dialogue on Business and Human Rights: Sharing Good Practices on Business and Human Rights. The Dialogue also included representatives from the Inter-American Commission on Human Rights, the African Commission on Human Rights and the European Council.",
    "activity:note2019-bhr-training-2017": "",
    "activity:note2019-bhr-interregional-dialogue-2018": "",
    "activity:note2019-bhr-interregional-dialogue-2019":
      "The UNDP continued its support to the AICHR on BHR by supporting the 2019 AICHR Interregional Dialogue on Business and Human Rights: Sharing Good Practices on Business and Human Rights held on 10-11 June 2019 in Bangkok, Thailand. The two-day Dialogue put emphasis on two main objectives, i.e. to take stock of recent progress among ASEAN Member States in implementing the United Nations Guiding Principles on Business and Human Rights (UNGPs), particularly the development of a national action plan on business and human rights as well as discussion of the interaction between the UNGPs and expansion of trade liberalisation through Free Trade Agreements.",

    "theme-heading:disability_rights": "Disability Rights",
    "theme:disability_rights": "",
    "activity:note2019-disability-regional-dialogues":
      "UNICEF supported the AICHR’s regional dialogues on mainstreaming the rights of persons with disabilities and in addressing the multiple vulnerabilities of children with disabilities.",
    "activity:note2019-education-children-disabilities-2018": "",

    "theme-heading:freedom_of_expression_media": "Freedom of Expression and Media and Human Rights",
    "theme:freedom_of_expression_media": "",
    "activity:note2019-freedom-of-expression-dialogue-2018":
      "In support of the AICHR’s work and concrete activities on ‘freedom of expression’ and ‘media and human rights’ in recent years, UNESCO supported the AICHR High Level Dialogue on Managing Freedom of Expression in the Information Age held on 11-12 April 2018 in Medan, Indonesia. This High-Level Dialogue attended by decision makers, formulators and opinion makers as well as experts from 10 ASEAN member states reveals that Freedom of Expression has been challenged in current information era.",

    "theme-heading:environment": "Environment and Human Rights",
    "theme:environment": "",
    "activity:note2019-eia-consultation-2019":
      "UNEP supported the Regional Consultation on Commonalities of Environment Impact Assessment (EIA) in ASEAN Member States and Advancing a Harmonised and Right-Based Approach held on 2-3 October 2019 in Yangon, Myanmar. Building on the previous recommendations, this year consultation aimed to consider further concrete steps towards the emergence of a compendium of existing national EIA procedures and commonalities in AMS and a rights-based framework for effective EIA in ASEAN, Transboundary EIA and Strategic Environmental Assessment (SEA). During the two-day consultation, the participants discussed existing legal framework for the environment and EIA in ASEAN Member States, identified areas of commonalities and discussed ways forward for a harmonised and right-based regional framework which include identification of stakeholders, possible content for the regional framework, timeframe, etc.",

    "theme-heading:womens_rights": "Women’s and Children’s Rights",
    "theme:womens_rights": "",
    "activity:note2019-gender-equality-seminar-2011":
      "On 5-6 September 2011, the AICHR, in cooperation with UN Women, held a seminar “Towards Achieving Substantive Gender Equality” to discuss the latest developments in the international normative frameworks on gender equality and women’s human rights. The seminar aimed to help participants gain a better understanding of principles of non-discrimination and substantive equality and state obligation as prescribed in CEDAW; share international good practices on compliance with CEDAW in selected areas of women’s human rights; and make recommendations to AICHR on its possible actions on gender equality in ASEAN.",
    "activity:note2019-trafficking-workshop-2018": "",
    // Children's rights continue the section on women's and children's rights.
    "theme-heading:childrens_rights": "",
    "theme:childrens_rights":
      "The AICHR has been active in promoting the implementation and reporting of the UNCRC through various initiatives. In 2017 and 2018 the AICHR conducted a couple of activities focusing on UNCRC reporting mechanism and the UNCRC general comments, whereby representatives of UNICEF provided its technical expertise.",
    "activity:note2019-crc-training-workshop-2017": "",
    "activity:note2019-crc-dialogue-2018": "",
    "activity:note2019-juvenile-justice-study-2019": "",
    // Told only in the list by year (III): no section of their own in II.
    "theme:genocide_prevention": "",
    "activity:note2019-lemkin-seminar-2017": "",
    "theme:asean_human_rights_declaration": "",
    "activity:note2019-ahrd-article14-workshop-2018": "",
    "theme:water_sanitation": "",
    "activity:note2019-water-sanitation-coordination-2018": "",

    "listed:note2019-gender-equality-seminar-2011": "",
    "listed:note2019-bhr-training-2017":
      "UNDP supported the AICHR Training on Business and Human Rights, focusing on the linkages between business and human rights including the UN Guiding Principles adopted in 2011. The four-days training brought together ASEAN participants from relevant sectors such as those from government, business and the judiciary.",
    "listed:note2019-lemkin-seminar-2017":
      "The UN Office of the Special Adviser on the Prevention of Genocide invited the participation of two ASEAN officials, including from AICHR, to participate in the annual Global Raphael Lemkin Seminar for Genocide Prevention in Auschwitz, Poland, in partnership with the Auschwitz Institute for Peace and Reconciliation.",
    "listed:note2019-crc-training-workshop-2017":
      "UNICEF supported the AICHR-ACWC Training Workshop on the UN CRC in 2017 and its follow-up activity, the ASEAN Dialogue on the UN CRC and Its Related Instruments in 2018. The workshop and dialogue provided a platform for the AICHR and ACWC, the representatives from ASEAN Member States and civil society organisations working on implementation and reporting for the CRC to share experiences, learn from international and regional experts, and discuss current developments and emerging trends in children’s rights.",
    "listed:note2019-crc-dialogue-2018": "",
    "listed:note2019-education-children-disabilities-2018":
      "UNICEF supported the AICHR Regional Workshop on Enhanced Access to Education for Children with Disabilities in December 2018.",
    "listed:note2019-freedom-of-expression-dialogue-2018":
      "On 11-12 April 2018, UNESCO and OHCHR supported the AICHR in conducting the AICHR High-Level Dialogue on Managing Freedom of Expression in the Information Age in Medan, Indonesia. The Forum aimed to develop greater understanding on the concept of freedom of expression in the information era within ASEAN, including focus on disinformation in social media.",
    "listed:note2019-trafficking-workshop-2018":
      "In June, UN-ACT, a UNDP regional project, supported the AICHR at a “Regional Workshop on Prevention Strategies to combat Trafficking in Persons, especially for Women and Children: Enhancing Access to Information and Community-based Protection System” in Viet Nam. The UN-ACT provided technical inputs related to regional experiences on access to information as an effective prevention strategy in ensuring safety and protection for women and children, especially those in remote areas.",
    "listed:note2019-bhr-interregional-dialogue-2018":
      "In June, UNDP and ESCAP supported the AICHR in the AICHR Interregional Dialogue: Sharing Good Practices on Business and Human Rights aimed at creating a platform for exchange of views and practical lessons on how various stakeholders including regional human rights mechanisms, ASEAN sectoral bodies, national human rights institutions and national government agencies to play a role in implementing or supporting the implementation of the Guiding Principles on Business and Human Rights.",
    "listed:note2019-ahrd-article14-workshop-2018":
      "In August, OHCHR supported AICHR Indonesia for the AICHR Capacity Building Workshop on Article 14 of the ASEAN Human Rights Declaration.",
    "listed:note2019-water-sanitation-coordination-2018":
      "In November, OHCHR supported AICHR Malaysia in the First Coordination Meeting for the AICHR Thematic Study on the Right to Safe Drinking Water and Sanitation, built on the recommendations resulting from an initial workshop in 2017.",
    "listed:note2019-bhr-interregional-dialogue-2019":
      "On 10-11 June 2019 UNDP supported the Second Interregional Dialogue on Business and Human Rights which took place in Bangkok as part of the Bangkok Business and Human Rights Week.",
    "listed:note2019-juvenile-justice-study-2019":
      "AICHR Thailand aims to complete a thematic study on juvenile justice and contribute its findings and recommendation to a UNICEF global report on juvenile justice.",
    "listed:note2019-eia-consultation-2019": "",
    "listed:note2019-disability-regional-dialogues": "",

    "annex:ASEAN-UN-POA-2016-2020":
      "Within the framework of the Comprehensive Partnership between ASEAN and the UN (2011), the first ASEAN-UN Plan of Action (2016) was adopted by the Leaders of ASEAN and the UN Secretary-General at the 8th ASEAN-UN Summit on September 2016 in Vientiane, Lao PDR.",
  } as Record<string, string>,
};
