// A chart over years reads as a timeline: a year without activities is a bar of 0, not a
// gap that puts 2011 beside 2016.

export interface YearCount {
  year: number;
  count: number;
}

/** Every year from the first to the last counted, the missing ones as 0; in order. */
export function continuousYears(counted: YearCount[]): YearCount[] {
  if (counted.length === 0) return [];
  const byYear = new Map(counted.map((c) => [c.year, c.count]));
  const years = counted.map((c) => c.year);
  const first = Math.min(...years);
  const last = Math.max(...years);
  return Array.from({ length: last - first + 1 }, (_, i) => ({
    year: first + i,
    count: byYear.get(first + i) ?? 0,
  }));
}
