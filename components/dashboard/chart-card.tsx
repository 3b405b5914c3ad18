import Link from "next/link";
import { Card } from "@/components/ui/card";
import { BarChart, type Bar } from "./bar-chart";

/** A chart with its accessible alternative: the same figures as a table of links. */
export function ChartCard({
  title,
  bars,
  layout,
  columnLabel,
  allHref,
}: {
  title: string;
  bars: Bar[];
  layout?: "horizontal" | "vertical";
  columnLabel: string;
  allHref: string;
}) {
  return (
    <Card title={title}>
      {bars.length === 0 ? (
        <p className="text-sm text-slate-600">Nothing recorded yet.</p>
      ) : (
        <>
          <BarChart
            bars={bars}
            layout={layout}
            label={`${title}: ${bars.map((b) => `${b.label} ${b.value}`).join(", ")}`}
          />
          <details className="mt-2 text-sm">
            <summary className="cursor-pointer font-medium text-brand-700">Show as a table</summary>
            <table className="mt-2 w-full text-left">
              <thead>
                <tr className="text-xs uppercase text-slate-600">
                  <th scope="col" className="py-1">
                    {columnLabel}
                  </th>
                  <th scope="col" className="py-1 text-right">
                    Activities
                  </th>
                </tr>
              </thead>
              <tbody>
                {bars.map((bar) => (
                  <tr key={bar.label} className="border-t border-slate-100">
                    <td className="py-1">
                      <Link href={bar.href} className="text-brand-700 hover:underline">
                        {bar.label}
                      </Link>
                    </td>
                    <td className="py-1 text-right tabular-nums">{bar.value}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </details>
        </>
      )}
      <p className="mt-3 text-sm">
        <Link href={allHref} className="font-medium text-brand-700 hover:underline">
          Open the list
        </Link>
      </p>
    </Card>
  );
}
