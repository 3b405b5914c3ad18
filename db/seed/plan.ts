// The human-rights section of the ASEAN-UN Plan of Action 2016-2020, as in the Annex of
// the Background Note. Clause 1.2.3 is elided in the note, so it is not invented here.
export const SEED_PLAN = {
  framework: { code: "ASEAN-UN-POA", name: "ASEAN-UN Plan of Action", owner: "ASEAN and the United Nations" },
  edition: {
    code: "ASEAN-UN-POA-2016-2020",
    title: "ASEAN-UN Plan of Action 2016-2020",
    startYear: 2016,
    endYear: 2020,
    adoptedAt: "8th ASEAN-UN Summit, September 2016, Vientiane, Lao PDR",
  },
  sections: [
    { number: "1", title: "Political-Security Cooperation", parent: null },
    { number: "1.2", title: "Promotion of Good Governance, Human Rights and Democracy", parent: "1" },
  ],
  clauses: [
    {
      section: "1.2",
      number: "1.2.1",
      text: "Support all ASEAN Member States' efforts in promoting dialogue and partnership among governments and relevant stakeholders to enhance transparency, accountability, participatory and effective governance;",
    },
    {
      section: "1.2",
      number: "1.2.2",
      text: "Support ASEAN's efforts in promoting the principles of good governance, human rights, democracy and the rule of law, including through sharing of experiences and best practices;",
    },
    {
      section: "1.2",
      number: "1.2.4",
      text: "Support the work of ASEAN Intergovernmental Commission on Human Rights (AICHR) and the ASEAN Commission on the Promotion and Protection of the Rights of Women and Children (ACWC) in accordance with their respective mandates and work-plans through capacity building initiatives, information exchanges, and the sharing of experiences and best practices;",
    },
    {
      section: "1.2",
      number: "1.2.5",
      text: "Encourage engagement between ASEAN and UN human rights mechanisms relevant to all ASEAN Member States including on the Universal Periodic Review and Treaty Bodies and Special Procedures of the Human Rights Council, as appropriate;",
    },
    {
      section: "1.2",
      number: "1.2.6",
      text: "Support exchanges of best practices and expertise on issues related to ratification and implementation of regional and international conventions on human rights and their protocols and engagement with the relevant Treaty Bodies and Special Procedures of the UN Human Rights Council, as mutually agreed;",
    },
    {
      section: "1.2",
      number: "1.2.7",
      text: "Support the development of regional strategies and undertake initiatives to further integrate respect for the promotion and protection of human rights into the development of work programmes and work plans to implement the three community blueprints, where appropriate, in line with the ASEAN Human Rights Declaration (AHRD) and the Phnom Penh Statement on the Adoption of the AHRD and international human rights instruments to which all ASEAN Member States are parties;",
    },
    {
      section: "1.2",
      number: "1.2.8",
      text: "Share best practices and expertise, as mutually agreed, with AICHR, in line with AICHR's mandate to support the development of ASEAN legal instruments on human rights undertaken by other ASEAN sectoral bodies;",
    },
    {
      section: "1.2",
      number: "1.2.9",
      text: "Promote joint activities and programmes between AICHR and other regional and international human rights mechanisms to share best practices and lessons learned;",
    },
    {
      section: "1.2",
      number: "1.2.10",
      text: "Support AICHR, ACMW, ACWC and ACW in exchanging best practices on women's empowerment, including economic empowerment, through sharing best practices, lessons learned and fostering inter-sectoral dialogues.",
    },
  ],
} as const;
