"use client";

import { useRouter } from "next/navigation";
import { useEffect, useRef, useState, useTransition } from "react";
import { INPUT_CLASS } from "@/components/ui/field";
import { countryName } from "@/lib/countries";
import type { FilterOptions } from "@/lib/dal/activities/list";
import { ACTIVITY_STATUS_LABELS, ACTIVITY_TYPES, ACTIVITY_TYPE_LABELS, THEMES, THEME_LABELS } from "@/lib/domain";
import { activitiesHref, type ActivityFilters as Filters } from "@/lib/validation/activity-filters";

const SELECT = `${INPUT_CLASS} mt-1`;
const FILTER_KEYS = ["status", "year", "theme", "type", "org", "clause", "country", "calendar"] as const;

/** The list's filters: every change goes into the URL at once, without a full reload. */
export function ActivityFilters({
  filters,
  options,
  basePath = "/activities",
  keep = {},
}: {
  filters: Filters;
  options: FilterOptions;
  /** Another page filtered like the list (the calendar), and what of its URL to keep. */
  basePath?: string;
  keep?: Record<string, string>;
}) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [q, setQ] = useState(filters.q ?? "");
  const typing = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);

  const lastChange = useRef<{ key: string; at: number }>({ key: "", at: 0 });
  const [showAll, setShowAll] = useState(false);
  const active = FILTER_KEYS.filter((key) => filters[key] !== undefined && filters[key] !== "").length;

  // One decision, one history entry: arrowing through a dropdown or typing a word changes the
  // same filter many times a second, and Back should undo the decision, not each step of it.
  // The first change of a burst pushes; the later ones replace that entry. A replace sent
  // while the push is still on its way would overwrite the entry the burst started from, so
  // it waits (the latest one only) until the push has landed. Another filter is another
  // decision, with an entry of its own.
  const waiting = useRef<string | null>(null);
  const go = (change: Partial<Filters>) => {
    const next = { ...filters, ...change };
    const key = Object.keys(change).join();
    const burst = lastChange.current.key === key && Date.now() - lastChange.current.at < 1_500;
    lastChange.current = { key, at: Date.now() };
    const href = activitiesHref(next, 1, basePath, keep);
    if (burst && pending) waiting.current = href;
    else startTransition(() => (burst ? router.replace(href, { scroll: false }) : router.push(href, { scroll: false })));
  };
  useEffect(() => {
    if (pending || waiting.current === null) return;
    const href = waiting.current;
    waiting.current = null;
    startTransition(() => router.replace(href, { scroll: false }));
  }, [pending, router]);
  const set = (key: keyof Filters) => (event: React.ChangeEvent<HTMLSelectElement>) => {
    const value = event.target.value;
    go({ [key]: value === "" ? undefined : key === "year" ? Number(value) : value } as Partial<Filters>);
  };
  useEffect(() => setQ(filters.q ?? ""), [filters.q]);
  useEffect(() => () => clearTimeout(typing.current), []);

  const select = (key: keyof Filters, label: string, values: Array<[string, string]>) => (
    <div>
      <label htmlFor={`filter-${key}`} className="block text-sm font-medium text-slate-800">
        {label}
      </label>
      <select id={`filter-${key}`} className={SELECT} value={String(filters[key] ?? "")} onChange={set(key)}>
        <option value="">Any</option>
        {values.map(([value, text]) => (
          <option key={value} value={value}>
            {text}
          </option>
        ))}
      </select>
    </div>
  );

  return (
    <form
      role="search"
      aria-label="Filter activities"
      className="mb-6 rounded-lg border border-slate-200 bg-white p-4 shadow-sm"
      onSubmit={(e) => {
        e.preventDefault();
        clearTimeout(typing.current);
        go({ q: q.trim() || undefined, sort: undefined });
      }}
    >
      <div className="grid gap-4 sm:grid-cols-2 lg:grid-cols-4">
        <div className="sm:col-span-2">
          <label htmlFor="filter-q" className="block text-sm font-medium text-slate-800">
            Search
          </label>
          <input
            id="filter-q"
            type="search"
            value={q}
            maxLength={200}
            placeholder="Title, summary, organisation, outcomes…"
            className={SELECT}
            onChange={(e) => {
              const value = e.target.value;
              setQ(value);
              clearTimeout(typing.current);
              typing.current = setTimeout(() => go({ q: value.trim() || undefined, sort: undefined }), 400);
            }}
          />
        </div>
        <button
          type="button"
          className="rounded-md border border-slate-300 bg-white px-3 py-2 text-sm font-medium text-slate-800 hover:bg-slate-100 sm:hidden"
          aria-expanded={showAll}
          aria-controls="more-filters"
          onClick={() => setShowAll(!showAll)}
        >
          {showAll ? "Hide filters" : "Filters"} ({active})
        </button>
        {/* On a phone the filters fold away, so that results come first; from sm up they show. */}
        <div id="more-filters" className={`${showAll ? "contents" : "hidden"} sm:contents`}>
          {select(
            "status",
            "Status",
            options.statuses.map((s) => [s, ACTIVITY_STATUS_LABELS[s]]),
          )}
          {select("calendar", "Calendar", [["date_passed", "Date passed: still scheduled"]])}
          {select(
            "year",
            "Year",
            options.years.map((y) => [String(y), String(y)]),
          )}
          {select(
            "theme",
            "Theme",
            THEMES.map((t) => [t, THEME_LABELS[t]]),
          )}
          {select(
            "type",
            "Type",
            ACTIVITY_TYPES.map((t) => [t, ACTIVITY_TYPE_LABELS[t]]),
          )}
          {select(
            "org",
            "Organisation",
            options.organisations.map((o) => [o.code, o.label]),
          )}
          {select(
            "clause",
            "Plan of Action clause",
            options.clauses.map((c) => [c, c]),
          )}
          {select(
            "country",
            "Country",
            options.countries.map((c) => [c, countryName(c) ?? c]),
          )}
          <div hidden={basePath !== "/activities"}>
            <label htmlFor="filter-sort" className="block text-sm font-medium text-slate-800">
              Sort by
            </label>
            <select
              id="filter-sort"
              className={SELECT}
              value={filters.sort}
              onChange={(e) => go({ sort: e.target.value as Filters["sort"] })}
            >
              {filters.q ? <option value="relevance">Relevance</option> : null}
              <option value="date">Date, newest first</option>
              <option value="title">Title</option>
            </select>
          </div>
        </div>
      </div>
      <p aria-live="polite" className="mt-3 h-5 text-sm text-slate-600">
        {pending ? "Updating…" : ""}
      </p>
    </form>
  );
}
