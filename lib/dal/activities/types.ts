// What the activity pages hand to client components: types only, importable from either side.

export interface FormOptions {
  organisations: Array<{ id: string; label: string; name: string; kind: string }>;
  /** Every clause, with its edition's years and framework: the picker offers those in force at the date. */
  clauses: Array<{ id: string; number: string; text: string; edition: string } & ClauseEdition>;
  /** Series of meetings an activity may belong to ("AICHR-UN Meeting"). */
  series: Array<{ id: string; name: string }>;
}

/** Where a clause sits: its edition (years) in its framework. */
export interface ClauseEdition {
  editionId: string;
  frameworkId: string;
  framework: string;
  startYear: number;
  endYear: number;
}
