import type { Metadata } from "next";
import Link from "next/link";
import { DataTable } from "@/components/ui/data-table";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { requireCapability } from "@/lib/auth/session";
import { listPlanEditions } from "@/lib/dal/plan/editions";

export const metadata: Metadata = { title: "Plan of Action editions" };

export default async function PlanEditionsPage() {
  const user = await requireCapability("plan:manage");
  const editions = await listPlanEditions(user);
  return (
    <>
      <PageHeader
        title="Plan of Action editions"
        description={
          <>
            Each edition with its sections and clauses, as{" "}
            <Link href="/plan" className="text-brand-700 underline hover:no-underline">
              the Plan of Action
            </Link>{" "}
            and the activity form show them. Clauses that activities link are part of the record: their number and text
            no longer change.
          </>
        }
        actions={
          <Link
            href="/admin/plan/new"
            className="rounded-md bg-brand-600 px-4 py-2 text-sm font-semibold text-white shadow-sm hover:bg-brand-700"
          >
            Add an edition
          </Link>
        }
      />
      {editions.length === 0 ? (
        <EmptyState title="No edition of the Plan of Action yet.">
          Add the first one to link activities to its clauses.
        </EmptyState>
      ) : (
        <DataTable columns={["Edition", "Period", "Clauses", ""]}>
          {editions.map((e) => (
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
    </>
  );
}
