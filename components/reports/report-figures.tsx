import { PARTICIPANT_GROUPS, PARTICIPANT_GROUP_LABELS } from "@/lib/domain";
import { SEXES, SEX_LABELS } from "@/lib/validation/report";

/** What a report says happened: its participants (total, by sex, the groups that came) and its outcomes. */
export function ReportFigures({
  total,
  bySex,
  byGroup,
  outcomes,
}: {
  total: number;
  bySex: Record<string, number>;
  byGroup: Record<string, number>;
  outcomes: string;
}) {
  return (
    <>
      <p className="mt-3 text-sm">
        <span className="font-medium">{total} participants:</span>{" "}
        {SEXES.map((s) => `${SEX_LABELS[s]} ${bySex[s] ?? 0}`).join(", ")}.{" "}
        {PARTICIPANT_GROUPS.filter((g) => (byGroup[g] ?? 0) > 0)
          .map((g) => `${PARTICIPANT_GROUP_LABELS[g]} ${byGroup[g]}`)
          .join(", ")}
      </p>
      <h4 className="mt-3 text-sm font-medium">Outcomes</h4>
      <p className="whitespace-pre-line text-sm text-slate-800">{outcomes}</p>
    </>
  );
}
