import type { Metadata } from "next";
import { IatiIdentifierField } from "@/components/admin/iati-identifier-field";
import { DataTable } from "@/components/ui/data-table";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { requireUser } from "@/lib/auth/session";
import { listOrganisations } from "@/lib/dal/organisations";
import { ORGANISATION_KIND_LABELS } from "@/lib/domain";
import { can } from "@/lib/permissions";

export const metadata: Metadata = { title: "Organisations" };

export default async function OrganisationsPage() {
  const user = await requireUser();
  if (!can(user.role, "organisation:manage")) {
    return <EmptyState title="Only administrators manage organisations." />;
  }
  const organisations = await listOrganisations(user);
  return (
    <>
      <PageHeader
        title="Organisations"
        description="Each organisation's identifier in the IATI registry, used by the IATI export where it is set."
      />
      <DataTable columns={["Organisation", "Kind", "IATI identifier"]}>
        {organisations.map((o) => (
          <tr key={o.id}>
            <td className="px-4 py-2">
              <span className="font-medium">{o.label}</span>
              {o.label !== o.name ? <span className="block text-slate-600">{o.name}</span> : null}
            </td>
            <td className="px-4 py-2 text-slate-700">{ORGANISATION_KIND_LABELS[o.kind]}</td>
            <td className="w-96 px-4 py-2">
              <IatiIdentifierField id={o.id} code={o.code} initial={o.iatiIdentifier ?? ""} />
            </td>
          </tr>
        ))}
      </DataTable>
    </>
  );
}
