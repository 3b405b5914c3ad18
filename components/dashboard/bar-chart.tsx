"use client";

import { useRouter } from "next/navigation";
import { Bar, BarChart as Chart, LabelList, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";

export interface Bar {
  label: string;
  value: number;
  href: string;
}

/** A bar chart (recharts); a click on a bar opens the filtered list. The table beside it says the same in text. */
export function BarChart({
  bars,
  layout = "horizontal",
  label,
}: {
  bars: Bar[];
  layout?: "horizontal" | "vertical";
  label: string;
}) {
  const router = useRouter();
  const vertical = layout === "vertical";
  return (
    <div role="img" aria-label={label} className="w-full" style={{ height: vertical ? 40 + bars.length * 26 : 256 }}>
      <ResponsiveContainer width="100%" height="100%">
        <Chart
          data={bars}
          layout={vertical ? "vertical" : "horizontal"}
          margin={{ left: 0, right: vertical ? 32 : 8, top: vertical ? 0 : 20 }}
        >
          {vertical ? (
            <>
              <XAxis type="number" allowDecimals={false} tick={{ fontSize: 12 }} />
              <YAxis type="category" dataKey="label" width={150} interval={0} tick={{ fontSize: 12 }} />
            </>
          ) : (
            <>
              <XAxis dataKey="label" tick={{ fontSize: 12 }} />
              <YAxis allowDecimals={false} tick={{ fontSize: 12 }} width={32} />
            </>
          )}
          <Tooltip cursor={{ fill: "#eef3fb" }} />
          <Bar
            dataKey="value"
            name="Activities"
            fill="#1f4e9c"
            isAnimationActive={false}
            cursor="pointer"
            onClick={(entry) => {
              const href = (entry as unknown as { payload?: Bar }).payload?.href;
              if (href) router.push(href);
            }}
          >
            {/* Each bar says its figure: no reading values off an axis. */}
            <LabelList dataKey="value" position={vertical ? "right" : "top"} fontSize={12} fill="#0f172a" />
          </Bar>
        </Chart>
      </ResponsiveContainer>
    </div>
  );
}
