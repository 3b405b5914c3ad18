import type { Metadata } from "next";
import Link from "next/link";
import { ActivityDates } from "@/components/activities/activity-dates";
import { ActivityFilters } from "@/components/activities/activity-filters";
import { StatusBadge } from "@/components/activities/status-badge";
import { MonthGrid } from "@/components/calendar/month-grid";
import { MonthPicker } from "@/components/calendar/month-picker";
import { Alert } from "@/components/ui/alert";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { requireUser } from "@/lib/auth/session";
import { continuousYears, monthKey, monthOf, parseMonth, shiftMonth, type Month } from "@/lib/calendar-month";
import { getFilterOptions } from "@/lib/dal/activities/list";
import { openCalendarMonth } from "@/lib/dal/activities/calendar";
import { heldAt } from "@/lib/activity-mode";
import { formatActivityDates, formatDateAsGiven } from "@/lib/dates";
import { firstParam, type SearchParams } from "@/lib/search-params";
import { activitiesHref, parseActivityFilters } from "@/lib/validation/activity-filters";

export const metadata: Metadata = { title: "Calendar" };

export default async function CalendarPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const user = await requireUser();
  const params = await searchParams;
  const { month: requested, valid } = parseMonth(firstParam(params, "month"));
  const { filters, ignored } = parseActivityFilters(params);
  const today = new Date().toISOString().slice(0, 10);
  const [{ month, activities }, options] = await Promise.all([
    openCalendarMonth(user, filters, requested, today),
    getFilterOptions(user),
  ]);
  const title = formatDateAsGiven({ date: `${monthKey(month)}-01`, precision: "month" });
  // A year filter holds the calendar in its year: moving out of it lets the filter go.
  const monthHref = (m: Month) =>
    activitiesHref(
      filters.year && filters.year !== m.year ? { ...filters, year: undefined } : filters,
      1,
      "/calendar",
      { month: monthKey(m) },
    );
  const thisMonth = monthOf(today);
  const years = continuousYears(...options.years, thisMonth.year + 1, month.year);
  const notDayPrecise = activities.filter((a) => a.start.precision !== "day" || (a.end && a.end.precision !== "day"));
  return (
    <>
      <PageHeader
        title="Calendar"
        description="Scheduled, completed and cancelled activities. Dates known only to the month or year are listed as such."
      />
      <ActivityFilters filters={filters} options={options} basePath="/calendar" keep={{ month: monthKey(month) }} />
      {!valid || ignored.length > 0 ? (
        <div className="mb-4">
          <Alert tone="warning">
            Not understood, so ignored: {[...(valid ? [] : ["month"]), ...ignored].join(", ")}.
          </Alert>
        </div>
      ) : null}
      <div className="mb-4 flex flex-wrap items-end justify-between gap-4">
        <h2 className="text-xl font-semibold" data-testid="calendar-month">
          {title}
        </h2>
        <MonthPicker key={monthKey(month)} month={month} years={years} filters={filters} />
      </div>
      <nav aria-label="Months" className="mb-4 flex flex-wrap items-center gap-2">
        <MonthLink href={monthHref(shiftMonth(month, -12))}>« Previous year</MonthLink>
        <MonthLink href={monthHref(shiftMonth(month, -1))}>‹ Previous month</MonthLink>
        <MonthLink href={monthHref(thisMonth)} current={monthKey(month) === monthKey(thisMonth)}>
          Today
        </MonthLink>
        <MonthLink href={monthHref(shiftMonth(month, 1))}>Next month ›</MonthLink>
        <MonthLink href={monthHref(shiftMonth(month, 12))}>Next year »</MonthLink>
      </nav>
      {notDayPrecise.length > 0 ? (
        <div className="mb-4">
          <Card title="Without an exact day">
            <ul className="space-y-1 text-sm">
              {notDayPrecise.map((a) => (
                <li key={a.id}>
                  <span className="font-medium">{formatActivityDates(a.start, a.end, a.parts)}:</span>{" "}
                  <Link href={`/activities/${a.id}`} className="text-brand-700 hover:underline">
                    {a.title}
                  </Link>
                </li>
              ))}
            </ul>
          </Card>
        </div>
      ) : null}
      <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white p-2 shadow-sm">
        <MonthGrid month={month} activities={activities} today={today} />
      </div>
      <section aria-labelledby="agenda" className="mt-8">
        <h2 id="agenda" className="mb-3 text-lg font-semibold">
          Agenda for {title}
        </h2>
        {activities.length === 0 ? (
          <EmptyState title={`No activities in ${title}.`}>Try another month, or loosen the filters.</EmptyState>
        ) : (
          <ol
            className="divide-y divide-slate-100 rounded-lg border border-slate-200 bg-white shadow-sm"
            data-testid="agenda"
          >
            {activities.map((a) => (
              <li key={a.id} className="flex flex-wrap items-center gap-x-4 gap-y-1 px-4 py-3">
                <span className="w-56 shrink-0 text-sm text-slate-700">
                  <ActivityDates start={a.start} end={a.end} parts={a.parts} />
                </span>
                <Link href={`/activities/${a.id}`} className="flex-1 font-medium text-brand-700 hover:underline">
                  {a.title}
                </Link>
                <span className="text-sm text-slate-600">{heldAt(a.mode, a.place) ?? ""}</span>
                <StatusBadge status={a.status} />
              </li>
            ))}
          </ol>
        )}
      </section>
    </>
  );
}

function MonthLink({
  href,
  current = false,
  children,
}: {
  href: string;
  current?: boolean;
  children: React.ReactNode;
}) {
  return (
    <Link
      href={href}
      aria-current={current ? "date" : undefined}
      className="rounded-md border border-slate-300 bg-white px-3 py-1.5 text-sm font-medium hover:bg-slate-100 aria-[current=date]:border-brand-600 aria-[current=date]:text-brand-700"
    >
      {children}
    </Link>
  );
}
