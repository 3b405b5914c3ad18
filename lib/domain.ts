// The domain's vocabularies, each with the words people read. Shared by the database
// enums (db/schema/enums.ts), validation and the UI, so a value exists in one place.

export const ORGANISATION_KINDS = [
  "asean_body",
  "aichr_representative",
  "un_entity",
  "government",
  "intergovernmental",
  "civil_society",
] as const;
export type OrganisationKind = (typeof ORGANISATION_KINDS)[number];
export const ORGANISATION_KIND_LABELS: Record<OrganisationKind, string> = {
  asean_body: "ASEAN body",
  aichr_representative: "AICHR representative",
  un_entity: "UN entity",
  government: "Government",
  intergovernmental: "Other intergovernmental organisation",
  civil_society: "Civil society",
};

// How an activity is held. Online needs no venue; hybrid keeps its venue and adds a link.
export const ACTIVITY_MODES = ["in_person", "online", "hybrid"] as const;
export type ActivityMode = (typeof ACTIVITY_MODES)[number];
export const ACTIVITY_MODE_LABELS: Record<ActivityMode, string> = {
  in_person: "In person",
  online: "Online",
  hybrid: "Hybrid",
};

export const ACTIVITY_TYPES = [
  "meeting",
  "training",
  "dialogue",
  "workshop",
  "seminar",
  "consultation",
  "thematic_study",
  "other",
] as const;
export type ActivityType = (typeof ACTIVITY_TYPES)[number];
export const ACTIVITY_TYPE_LABELS: Record<ActivityType, string> = {
  meeting: "Meeting",
  training: "Training",
  dialogue: "Dialogue",
  workshop: "Workshop",
  seminar: "Seminar",
  consultation: "Consultation",
  thematic_study: "Thematic study",
  other: "Other",
};

export const ACTIVITY_STATUSES = ["draft", "scheduled", "completed", "cancelled"] as const;
export type ActivityStatus = (typeof ACTIVITY_STATUSES)[number];
export const ACTIVITY_STATUS_LABELS: Record<ActivityStatus, string> = {
  draft: "Draft",
  scheduled: "Scheduled",
  completed: "Completed",
  cancelled: "Cancelled",
};

export const THEMES = [
  "business_human_rights",
  "disability_rights",
  "freedom_of_expression_media",
  "environment",
  "womens_rights",
  "childrens_rights",
  "trafficking_in_persons",
  "genocide_prevention",
  "water_sanitation",
  "juvenile_justice",
  "asean_human_rights_declaration",
  "institutional_cooperation",
] as const;
export type Theme = (typeof THEMES)[number];
export const THEME_LABELS: Record<Theme, string> = {
  business_human_rights: "Business and human rights",
  disability_rights: "Disability rights",
  freedom_of_expression_media: "Freedom of expression and media",
  environment: "Environment",
  womens_rights: "Women's rights",
  childrens_rights: "Children's rights",
  trafficking_in_persons: "Trafficking in persons",
  genocide_prevention: "Genocide prevention",
  water_sanitation: "Water and sanitation",
  juvenile_justice: "Juvenile justice",
  asean_human_rights_declaration: "ASEAN Human Rights Declaration",
  institutional_cooperation: "Institutional cooperation",
};

// Where an activity's work reaches, which decides what the IATI export names as its recipient:
// regional ASEAN work is the region's, national work a member state's, interregional work
// (ASEAN with other regions' mechanisms) and global work no one region's.
export const ACTIVITY_SCOPES = ["regional", "national", "interregional", "global"] as const;
export type ActivityScope = (typeof ACTIVITY_SCOPES)[number];
export const ACTIVITY_SCOPE_LABELS: Record<ActivityScope, string> = {
  regional: "Regional (ASEAN)",
  national: "National (one member state)",
  interregional: "Interregional",
  global: "Global",
};

export const DATE_PRECISIONS = ["day", "month", "year"] as const;
export type DatePrecision = (typeof DATE_PRECISIONS)[number];

export const INVOLVEMENT_ROLES = ["lead", "co_organiser", "supporting", "participant"] as const;
export type InvolvementRole = (typeof INVOLVEMENT_ROLES)[number];
export const INVOLVEMENT_ROLE_LABELS: Record<InvolvementRole, string> = {
  lead: "Lead",
  co_organiser: "Co-organiser",
  supporting: "Supporting",
  participant: "Participant",
};

export const ROLES = ["admin", "secretariat", "focal_point", "reviewer", "viewer"] as const;
export type Role = (typeof ROLES)[number];
export const ROLE_LABELS: Record<Role, string> = {
  admin: "Administrator",
  secretariat: "ASEAN Secretariat",
  focal_point: "Focal point",
  reviewer: "Reviewer",
  viewer: "Viewer",
};

// Review of an activity while it is a draft: submitted and waiting, or sent back.
export const REVIEW_STATES = ["none", "pending", "changes_requested"] as const;
export type ReviewState = (typeof REVIEW_STATES)[number];

export const REPORT_STATES = ["submitted", "approved", "returned"] as const;
export type ReportState = (typeof REPORT_STATES)[number];
export const REPORT_STATE_LABELS: Record<ReportState, string> = {
  submitted: "Report submitted",
  approved: "Report approved",
  returned: "Report returned",
};

export const PARTICIPANT_GROUPS = [
  "government",
  "nhri",
  "civil_society",
  "business",
  "un",
  "academia",
  "other",
] as const;
export type ParticipantGroup = (typeof PARTICIPANT_GROUPS)[number];
export const PARTICIPANT_GROUP_LABELS: Record<ParticipantGroup, string> = {
  government: "Government",
  nhri: "National human rights institution",
  civil_society: "Civil society",
  business: "Business",
  un: "UN",
  academia: "Academia",
  other: "Other",
};
