// What the activity pages hand to client components: types only, importable from either side.

export interface FormOptions {
  organisations: Array<{ id: string; label: string; name: string; kind: string }>;
  clauses: Array<{ id: string; number: string; text: string; edition: string }>;
  /** Series of meetings an activity may belong to ("AICHR-UN Meeting"). */
  series: Array<{ id: string; name: string }>;
}
