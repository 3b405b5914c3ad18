import Link from "next/link";
import { StatusBadge } from "@/components/activities/status-badge";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { requireUser } from "@/lib/auth/session";
import { countActivitiesByStatus } from "@/lib/dal/activities";
import { ACTIVITY_STATUSES } from "@/lib/domain";

export default async function OverviewPage() {
  const user = await requireUser();
  const counts = await countActivitiesByStatus(user);
  const total = ACTIVITY_STATUSES.reduce((sum, status) => sum + counts[status], 0);
  return (
    <>
      <PageHeader title={`Welcome, ${user.name}`} description="The record of joint ASEAN-UN human-rights activities." />
      <div className="grid gap-4 sm:grid-cols-2 lg:grid-cols-5">
        <Card>
          <p className="text-sm text-slate-600">All activities</p>
          <p className="mt-1 text-3xl font-semibold">{total}</p>
        </Card>
        {ACTIVITY_STATUSES.map((status) => (
          <Card key={status}>
            <StatusBadge status={status} />
            <p className="mt-2 text-3xl font-semibold">{counts[status]}</p>
          </Card>
        ))}
      </div>
      <div className="mt-8 flex flex-wrap gap-3">
        <Link
          href="/activities"
          className="rounded-md bg-brand-600 px-4 py-2 text-sm font-semibold text-white hover:bg-brand-700"
        >
          Browse activities
        </Link>
        <Link
          href="/plan"
          className="rounded-md border border-slate-300 bg-white px-4 py-2 text-sm font-semibold text-slate-800 hover:bg-slate-100"
        >
          Plan of Action
        </Link>
      </div>
    </>
  );
}
