import { CLDR_COUNTRY_NAMES } from "./country-names";

// Country names as ASEAN writes them, where they differ from the CLDR English names.
const ASEAN_NAMES: Record<string, string> = {
  BN: "Brunei Darussalam",
  LA: "Lao PDR",
  MM: "Myanmar",
  VN: "Viet Nam",
  US: "United States of America",
};

export function countryName(code: string | null): string | null {
  if (!code) return null;
  return ASEAN_NAMES[code] ?? CLDR_COUNTRY_NAMES[code] ?? code;
}

/** "Bangkok, Thailand", "Viet Nam", or null when the record names no place. */
export function placeName(city: string | null, countryCode: string | null): string | null {
  const parts = [city, countryName(countryCode)].filter(Boolean);
  return parts.length > 0 ? parts.join(", ") : null;
}
