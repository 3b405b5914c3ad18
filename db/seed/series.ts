// The series of meetings the 2019 note tells (I. Meetings), each with the sentence the note
// opens it with. The code keys the series' parts in a note: "series:aichr-un-meeting".
export interface SeedSeries {
  code: string;
  name: string;
  context: string | null;
}

export const SEED_SERIES: SeedSeries[] = [
  {
    code: "AICHR-UN-MEETING",
    name: "AICHR-UN Meeting",
    context:
      "The AICHR and the UN have met formally since their first meeting on 15 May 2018 at the ASEAN Secretariat in Jakarta, to deliberate on areas of cooperation between the AICHR and the UN system.",
  },
  {
    code: "RHRM-FOCAL-POINTS",
    name: "Meeting of Focal Points of Regional Human Rights Mechanisms",
    context:
      "The AICHR has been attending the annual Meeting of Focal Points of Regional Human Rights Mechanisms since 2011, and the Chair of the AICHR is the designated focal point to attend with assistance of the ASEAN Secretariat.",
  },
];
