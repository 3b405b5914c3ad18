import { COUNTRY_OPTIONS } from "@/lib/countries-list";

/** A country select's options: an empty choice, then ASEAN member states, then the others. */
export function CountryOptions({ emptyLabel }: { emptyLabel: string }) {
  return (
    <>
      <option value="">{emptyLabel}</option>
      <optgroup label="ASEAN Member States">
        {COUNTRY_OPTIONS.filter((c) => c.asean).map((c) => (
          <option key={c.code} value={c.code}>
            {c.name}
          </option>
        ))}
      </optgroup>
      <optgroup label="Other countries">
        {COUNTRY_OPTIONS.filter((c) => !c.asean).map((c) => (
          <option key={c.code} value={c.code}>
            {c.name}
          </option>
        ))}
      </optgroup>
    </>
  );
}
