import { and, eq, inArray, isNull, sql } from "drizzle-orm";
import { MFA_REQUIRED_ROLES_KEY } from "../../lib/auth/mfa-policy";
import { hashPassword } from "../../lib/auth/password";
import { parseDateAsGiven } from "../../lib/dates";
import { DEFAULT_ORGANISATION_TYPE } from "../../lib/iati/codes";
import { recordAudit, type AuditEntry } from "../audit";
import type { Database, Tx } from "../client";
import {
  activities,
  appSettings,
  activityClauses,
  backgroundNotes,
  activityOrganisations,
  activityThemes,
  organisations,
  planClauses,
  planEditions,
  planFrameworks,
  planSections,
  users,
} from "../schema";
import { SEED_ACTIVITIES, type SeedActivity } from "./activities";
import { DEMO_PASSWORD, DEMO_USERS } from "./demo-users";
import { SEED_ORGANISATIONS } from "./organisations";
import { SEED_NOTE_2019 } from "./note-2019";
import { seedNoteEdits } from "./note-edits";
import { SEED_PLAN } from "./plan";


// Instances seeding one PostgreSQL at once take turns on this lock.
const SEED_LOCK = 7_246_002;

export interface SeedResult {
  organisations: number;
  clauses: number;
  activities: number;
  users: number;
}

// Seeding only adds what is missing, found by its stable key (organisation code, clause
// number, activity reference, email). What users changed since is never overwritten.
export async function seedRecord(db: Database, options: { demoUsers: boolean }): Promise<SeedResult> {
  return db.transaction(async (tx) => {
    await tx.execute(sql`SELECT pg_advisory_xact_lock(${SEED_LOCK})`);
    const audit: AuditEntry[] = [];
    const orgIds = await seedOrganisations(tx, audit);
    const clauseIds = await seedPlan(tx, audit);
    const added = await seedActivities(tx, orgIds, clauseIds, audit);
    const addedUsers = options.demoUsers ? await seedDemoUsers(tx, orgIds, audit) : 0;
    await seedNote2019(tx, audit);
    await recordAudit(tx, audit);
    return {
      organisations: audit.filter((a) => a.entityType === "organisation").length,
      clauses: audit.filter((a) => a.entityType === "plan_clause").length,
      activities: added,
      users: addedUsers,
    };
  });
}

function seeded(entityType: AuditEntry["entityType"], entityId: string, after: unknown): AuditEntry {
  return { actor: null, entityType, entityId, action: "seed", after };
}

async function seedOrganisations(tx: Tx, audit: AuditEntry[]): Promise<Map<string, string>> {
  const existing = await tx.select({ id: organisations.id, code: organisations.code }).from(organisations);
  const ids = new Map(existing.map((o) => [o.code, o.id]));
  for (const org of SEED_ORGANISATIONS) {
    if (ids.has(org.code)) continue;
    const values = {
      code: org.code,
      kind: org.kind,
      acronym: org.acronym,
      name: org.name,
      parentId: org.parent ? ids.get(org.parent) : null,
      countryCode: org.countryCode ?? null,
      iatiType: org.iatiType ?? DEFAULT_ORGANISATION_TYPE[org.kind],
      iatiIdentifier: org.iatiIdentifier ?? null,
    };
    const [row] = await tx.insert(organisations).values(values).returning({ id: organisations.id });
    ids.set(org.code, row!.id);
    audit.push(seeded("organisation", row!.id, values));
  }
  return ids;
}

async function seedPlan(tx: Tx, audit: AuditEntry[]): Promise<Map<string, string>> {
  const { framework, edition, sections, clauses } = SEED_PLAN;
  await tx.insert(planFrameworks).values(framework).onConflictDoNothing({ target: planFrameworks.code });
  const [{ id: frameworkId }] = (await tx
    .select({ id: planFrameworks.id })
    .from(planFrameworks)
    .where(sql`${planFrameworks.code} = ${framework.code}`)) as [{ id: string }];
  await tx
    .insert(planEditions)
    .values({ ...edition, frameworkId })
    .onConflictDoNothing({ target: planEditions.code });
  const [{ id: editionId }] = (await tx
    .select({ id: planEditions.id })
    .from(planEditions)
    .where(sql`${planEditions.code} = ${edition.code}`)) as [{ id: string }];

  const sectionIds = new Map<string, string>();
  for (const section of sections) {
    const parentId = section.parent ? sectionIds.get(section.parent) : null;
    await tx
      .insert(planSections)
      .values({ editionId, parentId, number: section.number, title: section.title })
      .onConflictDoNothing();
    const [row] = await tx
      .select({ id: planSections.id })
      .from(planSections)
      .where(sql`${planSections.editionId} = ${editionId} AND ${planSections.number} = ${section.number}`);
    sectionIds.set(section.number, row!.id);
  }

  const existing = await tx
    .select({ id: planClauses.id, number: planClauses.number })
    .from(planClauses)
    .where(sql`${planClauses.editionId} = ${editionId}`);
  const ids = new Map(existing.map((c) => [c.number, c.id]));
  for (const [position, clause] of clauses.entries()) {
    if (ids.has(clause.number)) continue;
    const values = {
      editionId,
      sectionId: sectionIds.get(clause.section)!,
      number: clause.number,
      text: clause.text,
      position,
    };
    const [row] = await tx.insert(planClauses).values(values).returning({ id: planClauses.id });
    ids.set(clause.number, row!.id);
    audit.push(seeded("plan_clause", row!.id, values));
  }
  return ids;
}

function activityValues(activity: SeedActivity, orgIds: Map<string, string>) {
  const start = activity.start ? parseDateAsGiven(activity.start) : null;
  const end = activity.end ? parseDateAsGiven(activity.end) : null;
  if (activity.start && !start) throw new Error(`Seed activity ${activity.ref}: bad start date ${activity.start}`);
  if (activity.end && !end) throw new Error(`Seed activity ${activity.ref}: bad end date ${activity.end}`);
  return {
    externalRef: activity.ref,
    title: activity.title,
    summary: activity.summary,
    type: activity.type,
    status: activity.status,
    startDate: start?.date ?? null,
    startPrecision: start?.precision ?? null,
    endDate: end?.date ?? null,
    endPrecision: end?.precision ?? null,
    city: activity.city ?? null,
    countryCode: activity.countryCode ?? null,
    expectedParticipants: activity.expectedParticipants ?? null,
    scope: activity.scope,
    leadOrganisationId: requireId(orgIds, activity.lead, activity.ref),
  };
}

function requireId(ids: Map<string, string>, key: string, ref: string): string {
  const id = ids.get(key);
  if (!id) throw new Error(`Seed activity ${ref} names ${key}, which the seed does not define.`);
  return id;
}

async function seedActivities(
  tx: Tx,
  orgIds: Map<string, string>,
  clauseIds: Map<string, string>,
  audit: AuditEntry[],
): Promise<number> {
  const existing = await tx
    .select({ ref: activities.externalRef })
    .from(activities)
    .where(sql`${activities.externalRef} IS NOT NULL`);
  const known = new Set(existing.map((a) => a.ref));
  const missing = SEED_ACTIVITIES.filter((a) => !known.has(a.ref));
  for (const activity of missing) {
    const values = activityValues(activity, orgIds);
    const [row] = await tx.insert(activities).values(values).returning({ id: activities.id });
    const activityId = row!.id;
    const involved = [[activity.lead, "lead"] as const, ...activity.involved].map(([code, role]) => ({
      activityId,
      organisationId: requireId(orgIds, code, activity.ref),
      role,
    }));
    await tx.insert(activityOrganisations).values(involved);
    await tx.insert(activityThemes).values(activity.themes.map((theme) => ({ activityId, theme })));
    await tx.insert(activityClauses).values(
      activity.clauses.map((number, index) => ({
        activityId,
        clauseId: requireId(clauseIds, number, activity.ref),
        isPrimary: index === 0,
      })),
    );
    audit.push({
      ...seeded("activity", activityId, { ...values, themes: activity.themes, clauses: activity.clauses }),
      activityId,
    });
  }
  return missing.length;
}

async function seedDemoUsers(tx: Tx, orgIds: Map<string, string>, audit: AuditEntry[]): Promise<number> {
  const existing = await tx.select({ email: users.email }).from(users);
  const known = new Set(existing.map((u) => u.email.toLowerCase()));
  const missing = DEMO_USERS.filter((u) => !known.has(u.email));
  if (missing.length === 0) return 0;
  // Demo accounts share a published password: making them use a second step would only get
  // in the way of trying the app. An admin can turn it on in /admin/users.
  await tx.insert(appSettings).values({ key: MFA_REQUIRED_ROLES_KEY, value: [] }).onConflictDoNothing();
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  for (const user of missing) {
    const values = {
      email: user.email,
      name: user.name,
      role: user.role,
      organisationId: user.organisation ? requireId(orgIds, user.organisation, user.email) : null,
      isDemo: true,
    };
    const [row] = await tx
      .insert(users)
      .values({ ...values, passwordHash })
      .returning({ id: users.id });
    audit.push(seeded("user", row!.id, values));
  }
  return missing.length;
}

/** The 2019 note as the secretariat wrote it, once (found by its period and having no author). */
async function seedNote2019(tx: Tx, audit: AuditEntry[]): Promise<void> {
  const note = SEED_NOTE_2019;
  const [existing] = await tx
    .select({ id: backgroundNotes.id })
    .from(backgroundNotes)
    .where(
      and(
        eq(backgroundNotes.periodFrom, note.periodFrom),
        eq(backgroundNotes.periodTo, note.periodTo),
        isNull(backgroundNotes.createdById),
      ),
    );
  if (existing) return;
  const rows = await tx
    .select({ id: activities.id, ref: activities.externalRef })
    .from(activities)
    .where(
      inArray(
        activities.externalRef,
        SEED_ACTIVITIES.map((a) => a.ref),
      ),
    );
  const idOf = new Map(rows.map((r) => [r.ref!, r.id]));
  const edits = seedNoteEdits(note, SEED_ACTIVITIES, idOf);
  const values = {
    title: note.title,
    noteDate: note.noteDate,
    periodFrom: note.periodFrom,
    periodTo: note.periodTo,
    includeUndated: note.includeUndated,
    excludedActivityIds: note.leftOut.map((ref) => idOf.get(ref)!),
    edits,
  };
  const [row] = await tx.insert(backgroundNotes).values(values).returning({ id: backgroundNotes.id });
  audit.push(seeded("note", row!.id, { ...values, edits: Object.keys(edits).length }));
}
