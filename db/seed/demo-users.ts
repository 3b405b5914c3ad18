import type { Role } from "../../lib/domain";

export const DEMO_PASSWORD = "asean-un-demo";

export interface DemoUser {
  email: string;
  name: string;
  role: Role;
  organisation?: string;
}

export const DEMO_USERS: DemoUser[] = [
  { email: "admin@demo.test", name: "Ada Admin", role: "admin", organisation: "ASEC" },
  { email: "secretariat@demo.test", name: "Siti Secretariat", role: "secretariat", organisation: "ASEC" },
  { email: "reviewer@demo.test", name: "Rizal Reviewer", role: "reviewer", organisation: "ASEC" },
  { email: "reviewer2@demo.test", name: "Rosa Reviewer", role: "reviewer", organisation: "OHCHR-SEARO" },
  { email: "viewer@demo.test", name: "Vera Viewer", role: "viewer" },
  { email: "undp@demo.test", name: "Umar UNDP", role: "focal_point", organisation: "UNDP" },
  { email: "unicef@demo.test", name: "Uma UNICEF", role: "focal_point", organisation: "UNICEF" },
  { email: "ohchr@demo.test", name: "Omar OHCHR", role: "focal_point", organisation: "OHCHR" },
  { email: "aichr-id@demo.test", name: "Indah AICHR Indonesia", role: "focal_point", organisation: "AICHR-ID" },
];
