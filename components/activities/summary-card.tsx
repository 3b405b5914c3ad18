import { Card } from "@/components/ui/card";

/** An activity's summary as recorded, or that there is none. */
export function SummaryCard({ summary }: { summary: string | null }) {
  return (
    <Card title="Summary">
      {summary ? (
        <p className="whitespace-pre-line text-sm leading-6 text-slate-800">{summary}</p>
      ) : (
        <p className="text-sm text-slate-600">No summary recorded.</p>
      )}
    </Card>
  );
}
