import { like, sql } from "drizzle-orm";
import {
  ACTIVITY_TYPES,
  ACTIVITY_TYPE_LABELS,
  THEMES,
  THEME_LABELS,
  type ActivityScope,
  type ActivityStatus,
} from "../../lib/domain";
import type { Database } from "../client";
import {
  activities,
  activityClauses,
  activityOrganisations,
  activityThemes,
  organisations,
  planClauses,
} from "../schema";

// Realistic synthetic activities for load and speed tests: spread over 2009-2030, the
// organisations, clauses, themes and countries of the record. Marked by their external
// reference ("synthetic:…"), so they can be removed again without touching the record.

export const SYNTHETIC_PREFIX = "synthetic:";

const PLACES: Array<[string, string]> = [
  ["ID", "Jakarta"],
  ["ID", "Medan"],
  ["TH", "Bangkok"],
  ["TH", "Chiang Mai"],
  ["MY", "Kuala Lumpur"],
  ["PH", "Manila"],
  ["VN", "Hanoi"],
  ["MM", "Yangon"],
  ["KH", "Phnom Penh"],
  ["LA", "Vientiane"],
  ["SG", "Singapore"],
  ["BN", "Bandar Seri Begawan"],
  ["CH", "Geneva"],
  ["US", "New York"],
];

/** A small, seedable generator, so that a data set can be made again exactly. */
function random(seed: number) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)]!;
  const some = <T>(items: readonly T[], n: number): T[] => [...new Set(Array.from({ length: n }, () => pick(items)))];
  return { next, pick, some };
}

const pad = (n: number) => String(n).padStart(2, "0");

/** Mostly regional work in English, some national, interregional or global, a few kept unpublished. */
function publicationFields(rng: ReturnType<typeof random>) {
  const roll = rng.next();
  const scope: ActivityScope =
    roll < 0.7 ? "regional" : roll < 0.85 ? "national" : roll < 0.95 ? "interregional" : "global";
  return {
    scope,
    language: rng.next() < 0.9 ? "en" : rng.pick(["vi", "th", "id", "fr"]),
    publishToIati: rng.next() >= 0.05,
  };
}

export async function addSyntheticActivities(db: Database, count: number, seed = 2026): Promise<number> {
  const rng = random(seed);
  // What IATI needs beyond the list's fields, drawn apart so the list's data stays as it was.
  const publication = random(seed + 1);
  const orgs = await db
    .select({ id: organisations.id, kind: organisations.kind, code: organisations.code })
    .from(organisations);
  const clauses = await db.select({ id: planClauses.id }).from(planClauses);
  if (orgs.length === 0 || clauses.length === 0) throw new Error("Seed the record first (npm run db:seed).");
  const leads = orgs.filter((o) => o.kind === "asean_body" || o.kind === "aichr_representative");
  const unEntities = orgs.filter((o) => o.kind === "un_entity");
  const partners = orgs.filter((o) => o.kind === "intergovernmental" || o.kind === "civil_society");
  const today = new Date().toISOString().slice(0, 10);
  const [{ n: existing }] = (await db
    .select({ n: sql<number>`count(*)::int` })
    .from(activities)
    .where(like(activities.externalRef, `${SYNTHETIC_PREFIX}%`))) as [{ n: number }];

  for (let offset = 0; offset < count; offset += 1000) {
    const batch = Array.from({ length: Math.min(1000, count - offset) }, (_, i) => {
      const year = 2009 + Math.floor(rng.next() * 22);
      const month = 1 + Math.floor(rng.next() * 12);
      const day = 1 + Math.floor(rng.next() * 28);
      const roll = rng.next();
      const precision = roll < 0.8 ? "day" : roll < 0.95 ? "month" : "year";
      const start =
        precision === "day"
          ? `${year}-${pad(month)}-${pad(day)}`
          : precision === "month"
            ? `${year}-${pad(month)}-01`
            : `${year}-01-01`;
      const length = precision === "day" ? Math.floor(rng.next() * 4) : 0;
      const end = length > 0 ? new Date(Date.UTC(year, month - 1, day + length)).toISOString().slice(0, 10) : null;
      const past = start < today;
      const s = rng.next();
      const status: ActivityStatus = past
        ? s < 0.9
          ? "completed"
          : s < 0.95
            ? "cancelled"
            : "scheduled"
        : s < 0.7
          ? "scheduled"
          : "draft";
      const [countryCode, city] = rng.pick(PLACES);
      const type = rng.pick(ACTIVITY_TYPES);
      const themes = rng.some(THEMES, 1 + Math.floor(rng.next() * 2));
      const lead = rng.pick(leads);
      return {
        values: {
          externalRef: `${SYNTHETIC_PREFIX}${existing + offset + i + 1}`,
          title: `${ACTIVITY_TYPE_LABELS[type]} on ${THEME_LABELS[themes[0]!].toLowerCase()} in ${city} ${year}`,
          summary: `A synthetic ${ACTIVITY_TYPE_LABELS[type].toLowerCase()} with ${lead.code} on ${themes.map((t) => THEME_LABELS[t].toLowerCase()).join(" and ")}.`,
          type,
          status,
          startDate: start,
          startPrecision: precision as "day" | "month" | "year",
          endDate: end,
          endPrecision: end ? ("day" as const) : null,
          city,
          countryCode,
          expectedParticipants: 10 + Math.floor(rng.next() * 140),
          leadOrganisationId: lead.id,
          ...publicationFields(publication),
        },
        involved: [
          ...rng
            .some(unEntities, 1 + Math.floor(rng.next() * 3))
            .map((o) => ({ id: o.id, role: "supporting" as const })),
          ...(rng.next() < 0.1 ? [{ id: rng.pick(partners).id, role: "participant" as const }] : []),
        ].filter((o) => o.id !== lead.id),
        themes,
        clauses: rng.some(clauses, 1 + Math.floor(rng.next() * 3)).map((c) => c.id),
      };
    });
    const rows = await db
      .insert(activities)
      .values(batch.map((b) => b.values))
      .returning({ id: activities.id });
    await db
      .insert(activityOrganisations)
      .values(
        rows.flatMap(({ id }, i) => [
          { activityId: id, organisationId: batch[i]!.values.leadOrganisationId, role: "lead" as const },
          ...batch[i]!.involved.map((o) => ({ activityId: id, organisationId: o.id, role: o.role })),
        ]),
      );
    await db
      .insert(activityThemes)
      .values(rows.flatMap(({ id }, i) => batch[i]!.themes.map((theme) => ({ activityId: id, theme }))));
    await db
      .insert(activityClauses)
      .values(
        rows.flatMap(({ id }, i) =>
          batch[i]!.clauses.map((clauseId, c) => ({ activityId: id, clauseId, isPrimary: c === 0 })),
        ),
      );
  }
  return count;
}

/** Removes every synthetic activity (and, by cascade, its links); the record stays. */
export async function removeSyntheticActivities(db: Database): Promise<number> {
  const removed = await db
    .delete(activities)
    .where(like(activities.externalRef, `${SYNTHETIC_PREFIX}%`))
    .returning({ id: activities.id });
  return removed.length;
}
