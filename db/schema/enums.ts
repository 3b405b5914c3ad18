import { pgEnum } from "drizzle-orm/pg-core";

// Domain vocabularies live in lib/domain.ts so that UI code can read them without
// importing drizzle; the database enums are built from the same arrays.
import {
  ACTIVITY_MODES,
  ACTIVITY_SCOPES,
  ACTIVITY_STATUSES,
  ACTIVITY_TYPES,
  DATE_PRECISIONS,
  INVOLVEMENT_ROLES,
  ORGANISATION_KINDS,
  REPORT_STATES,
  REVIEW_STATES,
  ROLES,
  THEMES,
} from "../../lib/domain";

export const organisationKind = pgEnum("organisation_kind", ORGANISATION_KINDS);
export const activityType = pgEnum("activity_type", ACTIVITY_TYPES);
export const activityStatus = pgEnum("activity_status", ACTIVITY_STATUSES);
export const theme = pgEnum("theme", THEMES);
export const datePrecision = pgEnum("date_precision", DATE_PRECISIONS);
export const involvementRole = pgEnum("involvement_role", INVOLVEMENT_ROLES);
export const userRole = pgEnum("user_role", ROLES);
export const reviewState = pgEnum("review_state", REVIEW_STATES);
export const reportState = pgEnum("report_state", REPORT_STATES);
export const activityScope = pgEnum("activity_scope", ACTIVITY_SCOPES);
export const activityMode = pgEnum("activity_mode", ACTIVITY_MODES);
