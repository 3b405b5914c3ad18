import { placeName } from "./countries";
import type { ActivityMode } from "./domain";

// What the mode of an activity (in person, online, hybrid) means for its venue and its
// meeting link, in one place for the form, the guards, the data layer and the renderers.

/** Online needs no venue: city and country are neither asked for nor kept. */
export const hasVenue = (mode: ActivityMode) => mode !== "online";

/** A meeting link belongs to an activity joined online: online or hybrid. */
export const takesMeetingLink = (mode: ActivityMode) => mode !== "in_person";

/**
 * How and where an activity is held, as people read it: "Bangkok, Thailand", "Online",
 * "Jakarta, Indonesia and online"; null for an in-person activity with no place recorded.
 */
export function heldWhere(mode: ActivityMode, city: string | null, countryCode: string | null): string | null {
  return heldAt(mode, placeName(city, countryCode));
}

/** The same from the venue already in words ("Jakarta, Indonesia"), as the public record holds it. */
export function heldAt(mode: ActivityMode, venue: string | null): string | null {
  if (mode === "online") return "Online";
  if (mode === "hybrid") return venue ? `${venue} and online` : "In person and online";
  return venue;
}
