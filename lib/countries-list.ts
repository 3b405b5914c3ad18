import { countryName } from "./countries";

// ISO 3166-1 alpha-2 codes that name a country or territory (CLDR knows their names),
// ASEAN member states first since most activities take place there.
export const ASEAN_COUNTRIES = ["BN", "KH", "ID", "LA", "MY", "MM", "PH", "SG", "TH", "VN"];
const NOT_COUNTRIES = new Set(["EU", "EZ", "UN", "ZZ", "QO", "XA", "XB"]);

function allCountryCodes(): string[] {
  const names = new Intl.DisplayNames(["en"], { type: "region" });
  const codes: string[] = [];
  for (let a = 65; a <= 90; a++) {
    for (let b = 65; b <= 90; b++) {
      const code = String.fromCharCode(a, b);
      if (!NOT_COUNTRIES.has(code) && names.of(code) !== code) codes.push(code);
    }
  }
  return codes;
}

export const COUNTRY_OPTIONS: Array<{ code: string; name: string; asean: boolean }> = (() => {
  const rest = allCountryCodes()
    .filter((c) => !ASEAN_COUNTRIES.includes(c))
    .map((code) => ({ code, name: countryName(code)!, asean: false }))
    .sort((a, b) => a.name.localeCompare(b.name));
  const asean = ASEAN_COUNTRIES.map((code) => ({ code, name: countryName(code)!, asean: true }));
  return [...asean, ...rest];
})();

export function isCountryCode(code: string): boolean {
  return COUNTRY_OPTIONS.some((c) => c.code === code);
}
