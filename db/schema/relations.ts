import { relations } from "drizzle-orm";
import { activities, activityClauses, activityOrganisations, activityThemes } from "./activities";
import { organisations } from "./organisations";
import { planClauses, planEditions, planSections } from "./plan";
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
  reports: many(reports),
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

export const planEditionRelations = relations(planEditions, ({ many }) => ({
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
}));

export const userRelations = relations(users, ({ one }) => ({
  organisation: one(organisations, { fields: [users.organisationId], references: [organisations.id] }),
}));
