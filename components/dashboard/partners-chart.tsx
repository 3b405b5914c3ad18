import { ChartCard } from "@/components/dashboard/chart-card";
import type { SessionUser } from "@/lib/dal/accounts/session-user";
import { activitiesPerPartner } from "@/lib/dal/activities/partners";
import { ORGANISATION_KIND_LABELS } from "@/lib/domain";
import { activitiesHref } from "@/lib/validation/activity-filters";

/** Activities per partner beyond the UN (governments, other intergovernmental organisations, civil society). */
export async function PartnersChart({ user }: { user: SessionUser }) {
  const partners = await activitiesPerPartner(user);
  return (
    <ChartCard
      title="Activities per partner beyond the UN"
      columnLabel="Partner"
      layout="vertical"
      allHref="/activities"
      bars={partners.map((o) => ({
        label: `${o.label} (${ORGANISATION_KIND_LABELS[o.kind].toLowerCase()})`,
        value: o.count,
        href: activitiesHref({ org: o.code }),
      }))}
    />
  );
}
