import type { Metadata } from "next";
import Link from "next/link";
import { IatiIdentifierField } from "@/components/admin/iati-identifier-field";
import { OrganisationForm } from "@/components/admin/organisation-form";
import { OrganisationRowActions } from "@/components/admin/organisation-row-actions";
import { RetiredBadge } from "@/components/organisations/retired-badge";
import { Card } from "@/components/ui/card";
import { DataTable } from "@/components/ui/data-table";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { requireCapability } from "@/lib/auth/session";
import { countryName } from "@/lib/countries";
import { listOrganisations } from "@/lib/dal/admin/organisations";
import { ORGANISATION_KIND_LABELS } from "@/lib/domain";
import { can } from "@/lib/permissions";

export const metadata: Metadata = { title: "Organisations" };

export default async function OrganisationsPage() {
  const user = await requireCapability("organisation:manage");
  const organisations = await listOrganisations(user);
  const current = organisations.filter((o) => !o.retiredAt);
  const labelOf = new Map(organisations.map((o) => [o.id, o.label]));
  return (
    <>
      <PageHeader
        title="Organisations"
        description="The organisations activities name. A retired organisation is no longer offered for new activities, users or filters; everything already recorded keeps it, marked retired."
        actions={
          can(user.role, "plan:manage") ? (
            <Link href="/admin/plan" className="text-sm font-medium text-brand-700 hover:underline">
              Plan of Action editions
            </Link>
          ) : null
        }
      />
      <Card title="Add an organisation" className="mb-8">
        <OrganisationForm parents={current} />
      </Card>
      {organisations.length === 0 ? (
        <EmptyState title="No organisations yet.">Add the first one above.</EmptyState>
      ) : (
        <DataTable columns={["Organisation", "Kind", "Activities", "IATI identifier and type", "Actions"]}>
          {organisations.map((o) => (
            <tr key={o.id} className={o.retiredAt ? "bg-slate-50" : undefined}>
              <td className="px-4 py-2">
                <span className="font-medium">{o.label}</span>
                {o.retiredAt ? <RetiredBadge /> : null}
                {o.label !== o.name ? <span className="block text-slate-600">{o.name}</span> : null}
                <span className="block text-xs text-slate-500">
                  {o.code}
                  {o.parentId ? ` · part of ${labelOf.get(o.parentId)}` : ""}
                  {o.countryCode ? ` · ${countryName(o.countryCode)}` : ""}
                </span>
              </td>
              <td className="px-4 py-2 text-slate-700">{ORGANISATION_KIND_LABELS[o.kind]}</td>
              <td className="px-4 py-2 text-slate-700">
                {o.activityCount > 0 ? (
                  <Link
                    href={`/activities?org=${encodeURIComponent(o.code)}`}
                    className="text-brand-700 hover:underline"
                  >
                    {o.activityCount}
                  </Link>
                ) : (
                  "None"
                )}
              </td>
              <td className="w-80 px-4 py-2">
                <IatiIdentifierField
                  id={o.id}
                  code={o.code}
                  initial={o.iatiIdentifier ?? ""}
                  initialType={o.iatiType}
                />
              </td>
              <td className="px-4 py-2">
                <OrganisationRowActions organisation={{ ...o, retired: o.retiredAt !== null }} parents={current} />
              </td>
            </tr>
          ))}
        </DataTable>
      )}
    </>
  );
}
