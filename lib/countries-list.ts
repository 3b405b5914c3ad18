import { countryName } from "./countries";
import { CLDR_COUNTRY_NAMES } from "./country-names";

// The countries and territories an activity may take place in, ASEAN member states first
// since most activities take place there.
export const ASEAN_COUNTRIES = ["BN", "KH", "ID", "LA", "MY", "MM", "PH", "SG", "TH", "VN"];

export const COUNTRY_OPTIONS: Array<{ code: string; name: string; asean: boolean }> = (() => {
  const rest = Object.keys(CLDR_COUNTRY_NAMES)
    .filter((c) => !ASEAN_COUNTRIES.includes(c))
    // The table is in alphabetical order already: sorting here would follow each ICU's collation.
    .map((code) => ({ code, name: countryName(code)!, asean: false }));
  const asean = ASEAN_COUNTRIES.map((code) => ({ code, name: countryName(code)!, asean: true }));
  return [...asean, ...rest];
})();

export function isCountryCode(code: string): boolean {
  return COUNTRY_OPTIONS.some((c) => c.code === code);
}
