import type { PlanClause } from "@/lib/dal/plan/coverage";

/** What a clause gathers from the earlier clauses it continues: "2 activities through 1.2.4 of 2016-2020". */
export function ClauseThrough({ through }: { through: PlanClause["through"] }) {
  if (through.length === 0) return null;
  return (
    <ul className="mt-1 text-sm text-slate-700" data-testid="clause-through">
      {through.map((t) => (
        <li key={`${t.edition}-${t.number}`}>
          {t.activityCount} {t.activityCount === 1 ? "activity" : "activities"} through {t.number} of {t.edition}
        </li>
      ))}
    </ul>
  );
}
