import { PARTICIPANT_GROUPS, PARTICIPANT_GROUP_LABELS } from "@/lib/domain";
import { SEXES, SEX_LABELS } from "@/lib/validation/report";

/** A report's participants: the total, by sex, and the groups that came. */
export function ParticipantFigures({
  total,
  bySex,
  byGroup,
}: {
  total: number;
  bySex: Record<string, number>;
  byGroup: Record<string, number>;
}) {
  return (
    <p className="mt-3 text-sm">
      <span className="font-medium">{total} participants:</span>{" "}
      {SEXES.map((s) => `${SEX_LABELS[s]} ${bySex[s] ?? 0}`).join(", ")}.{" "}
      {PARTICIPANT_GROUPS.filter((g) => (byGroup[g] ?? 0) > 0)
        .map((g) => `${PARTICIPANT_GROUP_LABELS[g]} ${byGroup[g]}`)
        .join(", ")}
    </p>
  );
}
