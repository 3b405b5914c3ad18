import type { Metadata } from "next";
import Link from "next/link";
import { DataTable } from "@/components/ui/data-table";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { requireCapability } from "@/lib/auth/session";
import { listPlanEditions } from "@/lib/dal/plan/editions";
import { listPlanFrameworks } from "@/lib/dal/plan/frameworks";

export const metadata: Metadata = { title: "Plans and their editions" };

export default async function PlanEditionsPage() {
  const user = await requireCapability("plan:manage");
  const [frameworks, editions] = await Promise.all([listPlanFrameworks(user), listPlanEditions(user)]);
  return (
    <>
      <PageHeader
        title="Plans and their editions"
        description={
          <>
            Each plan framework with its editions, each edition with its sections and clauses, as{" "}
            <Link href="/plan" className="text-brand-700 underline hover:no-underline">
              the Plan of Action
            </Link>{" "}
            and the activity form show them. Clauses that activities link are part of the record: their number and text
            no longer change.
          </>
        }
        actions={
          <div className="flex gap-3">
            <Link
              href="/admin/plan/frameworks/new"
              className="rounded-md border border-slate-300 bg-white px-4 py-2 text-sm font-semibold text-slate-800 hover:bg-slate-100"
            >
              Add a framework
            </Link>
            {frameworks.length > 0 ? (
              <Link
                href="/admin/plan/new"
                className="rounded-md bg-brand-600 px-4 py-2 text-sm font-semibold text-white shadow-sm hover:bg-brand-700"
              >
                Add an edition
              </Link>
            ) : null}
          </div>
        }
      />
      {frameworks.length === 0 ? (
        <EmptyState title="No plan framework yet.">
          Add the first one (such as the ASEAN-UN Plan of Action), then its editions.
        </EmptyState>
      ) : null}
      <div className="space-y-8">
        {frameworks.map((framework) => {
          const own = editions.filter((e) => e.frameworkId === framework.id);
          const headingId = `framework-${framework.code}`;
          return (
            <section key={framework.id} aria-labelledby={headingId}>
              <div className="mb-3 flex flex-wrap items-baseline justify-between gap-2">
                <h2 id={headingId} className="text-lg font-semibold text-slate-900">
                  {framework.name}
                  <span className="ml-2 font-mono text-xs font-normal text-slate-500">{framework.code}</span>
                  {framework.owner ? (
                    <span className="block text-sm font-normal text-slate-600">Adopted by {framework.owner}</span>
                  ) : null}
                </h2>
                <Link
                  href={`/admin/plan/frameworks/${framework.id}`}
                  className="text-sm font-medium text-brand-700 hover:underline"
                >
                  Edit framework<span className="sr-only"> {framework.name}</span>
                </Link>
              </div>
              {own.length === 0 ? (
                <p className="text-sm text-slate-600">No edition of this framework yet.</p>
              ) : (
                <DataTable columns={["Edition", "Period", "Clauses", ""]}>
                  {own.map((e) => (
                    <tr key={e.id}>
                      <td className="px-4 py-2">
                        <span className="font-medium">{e.title}</span>
                        <span className="block font-mono text-xs text-slate-500">{e.code}</span>
                      </td>
                      <td className="px-4 py-2 text-slate-700">
                        {e.startYear}–{e.endYear}
                      </td>
                      <td className="px-4 py-2 text-slate-700">
                        {e.clauseCount}
                        {e.linkedClauseCount > 0 ? `, ${e.linkedClauseCount} linked to activities` : ""}
                      </td>
                      <td className="px-4 py-2 text-right">
                        <Link href={`/admin/plan/${e.id}`} className="font-medium text-brand-700 hover:underline">
                          Edit<span className="sr-only"> {e.title}</span>
                        </Link>
                      </td>
                    </tr>
                  ))}
                </DataTable>
              )}
            </section>
          );
        })}
      </div>
    </>
  );
}
