/** A note's settings: the 2017-2018 note of all organisations and themes, unless told otherwise. */
export const noteSettings = (changes: Record<string, unknown> = {}) => ({
  title: "AICHR Background Note on Human Rights Cooperation",
  noteDate: "2019-01-15",
  periodFrom: "2017-01-01",
  periodTo: "2018-12-31",
  organisationCodes: [],
  themes: [],
  includeUndated: false,
  ...changes,
});
