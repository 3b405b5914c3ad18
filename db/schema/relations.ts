import { relations } from "drizzle-orm";
import {
  activities,
  activityClauses,
  activityDateParts,
  activityOrganisations,
  activitySeries,
  activityThemes,
} from "./activities";
import { organisations } from "./organisations";
import { planClauseContinuations, planClauses, planEditions, planFrameworks, planSections } from "./plan";
import { reportAttachments, reports } from "./reports";
import { users } from "./users";

export const organisationRelations = relations(organisations, ({ one }) => ({
  parent: one(organisations, { fields: [organisations.parentId], references: [organisations.id] }),
}));

export const activityRelations = relations(activities, ({ one, many }) => ({
  lead: one(organisations, { fields: [activities.leadOrganisationId], references: [organisations.id] }),
  createdBy: one(users, { fields: [activities.createdById], references: [users.id] }),
  themes: many(activityThemes),
  organisations: many(activityOrganisations),
  clauses: many(activityClauses),
  dateParts: many(activityDateParts),
  series: one(activitySeries, { fields: [activities.seriesId], references: [activitySeries.id] }),
  reports: many(reports),
}));

export const activityDatePartRelations = relations(activityDateParts, ({ one }) => ({
  activity: one(activities, { fields: [activityDateParts.activityId], references: [activities.id] }),
}));

export const activitySeriesRelations = relations(activitySeries, ({ many }) => ({
  activities: many(activities),
}));

export const reportRelations = relations(reports, ({ one, many }) => ({
  activity: one(activities, { fields: [reports.activityId], references: [activities.id] }),
  organisation: one(organisations, { fields: [reports.organisationId], references: [organisations.id] }),
  author: one(users, { fields: [reports.authorId], references: [users.id] }),
  attachments: many(reportAttachments),
}));

export const reportAttachmentRelations = relations(reportAttachments, ({ one }) => ({
  report: one(reports, { fields: [reportAttachments.reportId], references: [reports.id] }),
}));

export const activityThemeRelations = relations(activityThemes, ({ one }) => ({
  activity: one(activities, { fields: [activityThemes.activityId], references: [activities.id] }),
}));

export const activityOrganisationRelations = relations(activityOrganisations, ({ one }) => ({
  activity: one(activities, { fields: [activityOrganisations.activityId], references: [activities.id] }),
  organisation: one(organisations, {
    fields: [activityOrganisations.organisationId],
    references: [organisations.id],
  }),
}));

export const activityClauseRelations = relations(activityClauses, ({ one }) => ({
  activity: one(activities, { fields: [activityClauses.activityId], references: [activities.id] }),
  clause: one(planClauses, { fields: [activityClauses.clauseId], references: [planClauses.id] }),
}));

export const planFrameworkRelations = relations(planFrameworks, ({ many }) => ({
  editions: many(planEditions),
}));

export const planEditionRelations = relations(planEditions, ({ one, many }) => ({
  framework: one(planFrameworks, { fields: [planEditions.frameworkId], references: [planFrameworks.id] }),
  sections: many(planSections),
  clauses: many(planClauses),
}));

export const planSectionRelations = relations(planSections, ({ one, many }) => ({
  edition: one(planEditions, { fields: [planSections.editionId], references: [planEditions.id] }),
  clauses: many(planClauses),
}));

export const planClauseRelations = relations(planClauses, ({ one, many }) => ({
  edition: one(planEditions, { fields: [planClauses.editionId], references: [planEditions.id] }),
  section: one(planSections, { fields: [planClauses.sectionId], references: [planSections.id] }),
  activities: many(activityClauses),
  continues: many(planClauseContinuations, { relationName: "continuation" }),
  continuedBy: many(planClauseContinuations, { relationName: "predecessor" }),
}));

export const planClauseContinuationRelations = relations(planClauseContinuations, ({ one }) => ({
  clause: one(planClauses, {
    fields: [planClauseContinuations.clauseId],
    references: [planClauses.id],
    relationName: "continuation",
  }),
  previousClause: one(planClauses, {
    fields: [planClauseContinuations.previousClauseId],
    references: [planClauses.id],
    relationName: "predecessor",
  }),
}));

export const userRelations = relations(users, ({ one }) => ({
  organisation: one(organisations, { fields: [users.organisationId], references: [organisations.id] }),
}));
