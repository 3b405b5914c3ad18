// Country names as ASEAN writes them, where they differ from the CLDR English names.
const ASEAN_NAMES: Record<string, string> = {
  BN: "Brunei Darussalam",
  LA: "Lao PDR",
  MM: "Myanmar",
  VN: "Viet Nam",
  US: "United States of America",
};

const regionNames = new Intl.DisplayNames(["en"], { type: "region" });

export function countryName(code: string | null): string | null {
  if (!code) return null;
  return ASEAN_NAMES[code] ?? regionNames.of(code) ?? code;
}

/** "Bangkok, Thailand", "Viet Nam", or null when the record names no place. */
export function placeName(city: string | null, countryCode: string | null): string | null {
  const parts = [city, countryName(countryCode)].filter(Boolean);
  return parts.length > 0 ? parts.join(", ") : null;
}
