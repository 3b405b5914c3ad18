// Coverage across editions: an activity linked to a clause of an earlier edition counts
// toward every later clause that continues it (directly or along a chain of continuations),
// each activity once per clause however many paths lead to it. Pure, so both the signed-in
// /plan and the public coverage page count the same way.

export interface ClauseLink {
  clauseId: string;
  activityId: string;
  year: number | null;
}

export interface ClauseRef {
  id: string;
  number: string;
  editionId: string;
}

/** Every clause an edition's clause continues, along the chain: nearest first. */
export function ancestorsOf(clauseId: string, continues: ReadonlyMap<string, readonly string[]>): string[] {
  const seen: string[] = [];
  const queue = [...(continues.get(clauseId) ?? [])];
  while (queue.length > 0) {
    const next = queue.shift()!;
    if (next === clauseId || seen.includes(next)) continue;
    seen.push(next);
    queue.push(...(continues.get(next) ?? []));
  }
  return seen;
}

export interface ClauseCoverage {
  /** Activities linked to the clause itself. */
  direct: Set<string>;
  /** Activities counted through an earlier clause it continues, not linked to it directly. */
  through: Set<string>;
  /** Per earlier clause: the activities linked to it (a clause with none is left out). */
  via: Array<{ clauseId: string; activities: Set<string> }>;
}

/** For each clause, the activities that serve it directly and through its predecessors. */
export function coverageAcross(
  clauseIds: readonly string[],
  links: readonly ClauseLink[],
  continues: ReadonlyMap<string, readonly string[]>,
): Map<string, ClauseCoverage> {
  const byClause = new Map<string, Set<string>>();
  for (const l of links) {
    const set = byClause.get(l.clauseId) ?? new Set<string>();
    set.add(l.activityId);
    byClause.set(l.clauseId, set);
  }
  const result = new Map<string, ClauseCoverage>();
  for (const id of clauseIds) {
    const direct = byClause.get(id) ?? new Set<string>();
    const through = new Set<string>();
    const via: ClauseCoverage["via"] = [];
    for (const ancestor of ancestorsOf(id, continues)) {
      const activities = byClause.get(ancestor);
      if (!activities || activities.size === 0) continue;
      via.push({ clauseId: ancestor, activities });
      for (const a of activities) if (!direct.has(a)) through.add(a);
    }
    result.set(id, { direct, through, via });
  }
  return result;
}

/** Per clause and year: the activities of that year counted toward it, directly or through. */
export function yearlyCounts(
  clauses: readonly ClauseRef[],
  links: readonly ClauseLink[],
  continues: ReadonlyMap<string, readonly string[]>,
): Map<string, Map<number, number>> {
  const yearOf = new Map<string, number | null>(links.map((l) => [l.activityId, l.year]));
  const coverage = coverageAcross(
    clauses.map((c) => c.id),
    links,
    continues,
  );
  const result = new Map<string, Map<number, number>>();
  for (const c of clauses) {
    const own = coverage.get(c.id)!;
    const counts = new Map<number, number>();
    for (const activity of [...own.direct, ...own.through]) {
      const year = yearOf.get(activity);
      if (year != null) counts.set(year, (counts.get(year) ?? 0) + 1);
    }
    result.set(c.id, counts);
  }
  return result;
}
