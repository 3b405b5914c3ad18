// Which editions of the plans are in force in a year: the rule the activity form's clause
// picker and the server's check share (no database here, so the form can run it as the date
// changes).
//
// An edition is in force from its start year to its end year. A framework whose last edition
// has ended and whose next one is not recorded yet keeps the last one in force: work goes on
// answering to it until it is replaced (the ASEAN-UN Plan of Action 2016-2020 was the
// reference until the 2021-2025 edition was adopted). Before a framework's first edition,
// none of it is in force.

import { parseDateAsGiven } from "@/lib/dates";

export interface EditionYears {
  id: string;
  frameworkId: string;
  startYear: number;
  endYear: number;
}

/** The ids of the editions in force in `year`, over every framework. */
export function editionsInForce(editions: readonly EditionYears[], year: number): Set<string> {
  const inForce = new Set<string>();
  const byFramework = new Map<string, EditionYears[]>();
  for (const e of editions) byFramework.set(e.frameworkId, [...(byFramework.get(e.frameworkId) ?? []), e]);
  for (const own of byFramework.values()) {
    const covering = own.filter((e) => e.startYear <= year && year <= e.endYear);
    if (covering.length > 0) {
      for (const e of covering) inForce.add(e.id);
      continue;
    }
    const started = own.filter((e) => e.startYear <= year);
    const latestStart = Math.max(...started.map((e) => e.startYear));
    for (const e of started) if (e.startYear === latestStart) inForce.add(e.id);
  }
  return inForce;
}

/**
 * The year an activity's clauses are read in: that of its start date as typed (2021,
 * 2021-06 or 2021-06-09), or, undated or unreadable, this year.
 */
export function activityYear(startDate: string | null | undefined, today: Date = new Date()): number {
  const start = parseDateAsGiven(startDate ?? "");
  return start ? Number(start.date.slice(0, 4)) : today.getUTCFullYear();
}

/**
 * The edition just before `edition` in its framework: the latest other edition of the same
 * framework that starts before it. Null for a framework's first edition.
 */
export function previousEdition<T extends EditionYears>(editions: readonly T[], edition: EditionYears): T | null {
  const earlier = editions
    .filter((e) => e.frameworkId === edition.frameworkId && e.id !== edition.id && e.startYear < edition.startYear)
    .sort((a, b) => b.startYear - a.startYear || b.endYear - a.endYear);
  return earlier[0] ?? null;
}
