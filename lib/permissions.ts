import type { Role } from "./domain";

// What each role may do, in one map read by the UI (which links and buttons to show)
// and by the data layer (which refuses, whatever the UI showed).
export const CAPABILITIES = {
  "activity:read": ["admin", "secretariat", "focal_point", "reviewer", "viewer"],
  "plan:read": ["admin", "secretariat", "focal_point", "reviewer", "viewer"],
  // Focal points only for activities their organisation is involved in (lib/workflow).
  "activity:create": ["admin", "secretariat", "focal_point"],
  "activity:import": ["admin", "secretariat"],
  // Whether a reviewed activity goes into the public IATI file: those who review entries.
  "activity:publish": ["admin", "secretariat", "reviewer"],
  "organisation:manage": ["admin"],
  // Adding and correcting Plan of Action editions and their clauses.
  "plan:manage": ["admin"],
  // Adding and correcting series of meetings ("AICHR-UN Meeting"): those who keep the record.
  "series:manage": ["admin", "secretariat"],
  "user:manage": ["admin"],
  "mail:admin": ["admin"],
  // The queue of what waits for one's action: viewers never act, so they have none.
  "queue:read": ["admin", "secretariat", "focal_point", "reviewer"],
  "note:read": ["admin", "secretariat", "focal_point", "reviewer", "viewer"],
  "note:write": ["admin", "secretariat", "reviewer"],
} as const satisfies Record<string, readonly Role[]>;

export type Capability = keyof typeof CAPABILITIES;

export function can(role: Role, capability: Capability): boolean {
  return (CAPABILITIES[capability] as readonly Role[]).includes(role);
}
