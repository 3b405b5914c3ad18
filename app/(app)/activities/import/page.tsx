import type { Metadata } from "next";
import { ImportForm } from "@/components/imports/import-form";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { requireCapability } from "@/lib/auth/session";
import { CSV_COLUMNS } from "@/lib/exports/csv";

export const metadata: Metadata = { title: "Import activities" };

export default async function ImportPage() {
  await requireCapability("activity:import");
  return (
    <>
      <PageHeader
        title="Import activities"
        description="Log many activities at once from a CSV file: check it first, then import the valid rows."
      />
      <div className="grid gap-6 lg:grid-cols-3">
        <div className="lg:col-span-2">
          <Card>
            <ImportForm />
          </Card>
        </div>
        <Card title="Columns">
          <dl className="space-y-2 text-sm">
            {CSV_COLUMNS.map(([name, doc]) => (
              <div key={name}>
                <dt className="font-mono font-semibold">{name}</dt>
                <dd className="text-slate-700">{doc}</dd>
              </div>
            ))}
          </dl>
          <p className="mt-3 text-sm text-slate-600">
            Re-importing a row with the same reference updates that activity; an empty cell leaves its value alone.
          </p>
          <p className="mt-3 text-sm font-medium text-slate-800">
            Only drafts are updated by import. Reviewed activities (scheduled, completed, cancelled; the whole seeded
            record) are refused row by row until a reviewer reopens them.
          </p>
        </Card>
      </div>
    </>
  );
}
