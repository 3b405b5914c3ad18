import { sql } from "drizzle-orm";
import { check, index, integer, pgTable, primaryKey, text, unique, uuid, type AnyPgColumn } from "drizzle-orm/pg-core";

// A plan the record answers to: the ASEAN-UN Plan of Action, the AICHR's Five-Year Work
// Plan. Several are in force at once, each through its editions.
export const planFrameworks = pgTable("plan_frameworks", {
  id: uuid("id").primaryKey().defaultRandom(),
  // Stable key ("ASEAN-UN-POA", "AICHR-WP"): seeds and imports use it.
  code: text("code").notNull().unique(),
  name: text("name").notNull(),
  // Who adopted it, in the note's words ("the ASEAN Leaders", "the AICHR").
  owner: text("owner"),
});

// Each framework as data: edition -> sections (nested) -> clauses.
// A later edition is added beside the first; clause numbers repeat across editions.
export const planEditions = pgTable("plan_editions", {
  id: uuid("id").primaryKey().defaultRandom(),
  frameworkId: uuid("framework_id")
    .notNull()
    .references(() => planFrameworks.id),
  code: text("code").notNull().unique(),
  title: text("title").notNull(),
  startYear: integer("start_year").notNull(),
  endYear: integer("end_year").notNull(),
  adoptedAt: text("adopted_at"),
});

export const planSections = pgTable(
  "plan_sections",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    editionId: uuid("edition_id")
      .notNull()
      .references(() => planEditions.id),
    parentId: uuid("parent_id").references((): AnyPgColumn => planSections.id),
    number: text("number").notNull(),
    title: text("title").notNull(),
  },
  (t) => [unique("plan_sections_edition_number").on(t.editionId, t.number)],
);

export const planClauses = pgTable(
  "plan_clauses",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    editionId: uuid("edition_id")
      .notNull()
      .references(() => planEditions.id),
    sectionId: uuid("section_id")
      .notNull()
      .references(() => planSections.id),
    number: text("number").notNull(),
    text: text("text").notNull(),
    // Natural order of dotted numbers (1.2.2 before 1.2.10), fixed when the clause is written.
    position: integer("position").notNull(),
  },
  (t) => [
    unique("plan_clauses_edition_number").on(t.editionId, t.number),
    index("plan_clauses_section_idx").on(t.sectionId),
  ],
);

// Which clause of an edition continues which of the framework's previous edition, as
// admins record it: coverage across editions follows it (one clause may split or merge).
export const planClauseContinuations = pgTable(
  "plan_clause_continuations",
  {
    clauseId: uuid("clause_id")
      .notNull()
      .references(() => planClauses.id, { onDelete: "cascade" }),
    previousClauseId: uuid("previous_clause_id")
      .notNull()
      .references(() => planClauses.id, { onDelete: "cascade" }),
  },
  (t) => [
    primaryKey({ columns: [t.clauseId, t.previousClauseId] }),
    index("plan_clause_continuations_previous_idx").on(t.previousClauseId),
    check("plan_clause_continuations_not_itself", sql`${t.clauseId} <> ${t.previousClauseId}`),
  ],
);
