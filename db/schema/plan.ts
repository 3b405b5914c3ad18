import { index, integer, pgTable, text, unique, uuid, type AnyPgColumn } from "drizzle-orm/pg-core";

// The ASEAN-UN Plan of Action as data: edition -> sections (nested) -> clauses.
// A later edition is added beside the first; clause numbers repeat across editions.
export const planEditions = pgTable("plan_editions", {
  id: uuid("id").primaryKey().defaultRandom(),
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
