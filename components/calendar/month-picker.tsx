"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { Button } from "@/components/ui/button";
import { INPUT_CLASS } from "@/components/ui/field";
import { monthKey, type Month } from "@/lib/calendar-month";
import { activitiesHref, type ActivityFilters } from "@/lib/validation/activity-filters";

const MONTH_NAMES = Array.from({ length: 12 }, (_, i) =>
  new Intl.DateTimeFormat("en-GB", { month: "long", timeZone: "UTC" }).format(new Date(Date.UTC(2000, i, 1))),
);

/**
 * Jumps to any month in one step. It navigates when asked ("Show"), not on every change, so
 * arrowing through a list adds no history entries and fetches nothing on the way.
 */
export function MonthPicker({ month, years, filters }: { month: Month; years: number[]; filters: ActivityFilters }) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  // The page keys the picker on the month shown, so a move (Previous, Next, Today) starts it
  // afresh with that month.
  const [chosen, setChosen] = useState(month);
  const show = (event: React.FormEvent) => {
    event.preventDefault();
    // A year filter that excludes the chosen month would send it elsewhere: drop the filter.
    const next = filters.year && filters.year !== chosen.year ? { ...filters, year: undefined } : filters;
    startTransition(() => router.push(activitiesHref(next, 1, "/calendar", { month: monthKey(chosen) })));
  };
  return (
    <form onSubmit={show} aria-label="Go to a month" className="flex flex-wrap items-end gap-2">
      <PickerSelect
        id="pick-month"
        label="Month to show"
        value={chosen.month}
        choices={MONTH_NAMES.map((name, i) => [i + 1, name])}
        onChange={(month) => setChosen({ ...chosen, month })}
      />
      <PickerSelect
        id="pick-year"
        label="Year to show"
        value={chosen.year}
        choices={years.map((year) => [year, String(year)])}
        onChange={(year) => setChosen({ ...chosen, year })}
      />
      <Button type="submit" variant="secondary" pending={pending} pendingLabel="Opening…">
        Show
      </Button>
    </form>
  );
}

function PickerSelect({
  id,
  label,
  value,
  choices,
  onChange,
}: {
  id: string;
  label: string;
  value: number;
  choices: Array<[number, string]>;
  onChange: (value: number) => void;
}) {
  return (
    <div>
      <label htmlFor={id} className="block text-xs font-medium text-slate-700">
        {label}
      </label>
      <select id={id} className={INPUT_CLASS} value={value} onChange={(e) => onChange(Number(e.target.value))}>
        {choices.map(([choice, text]) => (
          <option key={choice} value={choice}>
            {text}
          </option>
        ))}
      </select>
    </div>
  );
}
