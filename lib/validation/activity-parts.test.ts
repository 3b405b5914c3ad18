import { describe, expect, it } from "vitest";
import { datePartsCell, partsAsGiven, readDatePartsCell, spanOfParts } from "@/lib/date-parts";
import { EMPTY_ACTIVITY_FORM, activityFormSchema } from "./activity";

const LEAD = "7b0c8a52-2f0e-4c55-9d0c-6e8f1c2a9b01";
const base = { ...EMPTY_ACTIVITY_FORM, title: "AICHR 34th Meeting", leadOrganisationId: LEAD };
const part = (startDate: string, endDate = "", precision: "day" | "month" | "year" = "day") => ({
  startDate,
  startPrecision: precision,
  endDate,
  endPrecision: precision,
});

function messages(input: unknown): Record<string, string> {
  const result = activityFormSchema.safeParse(input);
  if (result.success) return {};
  return Object.fromEntries(result.error.issues.map((i) => [i.path.join("."), i.message]));
}

describe("dates in parts", () => {
  it("accepts none, or two parts or more in order, each at its precision", () => {
    expect(activityFormSchema.safeParse(base).success).toBe(true);
    expect(activityFormSchema.safeParse({ ...base, dateParts: [] }).success).toBe(true);
    const twoParts = [part("2021-07-12", "2021-07-14"), part("2021-07-26")];
    expect(activityFormSchema.safeParse({ ...base, dateParts: twoParts }).success).toBe(true);
    expect(
      activityFormSchema.safeParse({ ...base, dateParts: [part("2021-06", "", "month"), part("2021-09-09")] }).success,
    ).toBe(true);
  });

  it("refuses a single part and more than twenty", () => {
    expect(messages({ ...base, dateParts: [part("2021-07-12")] })).toEqual({
      dateParts: "An activity in parts has two parts or more.",
    });
    const many = Array.from({ length: 21 }, (_, i) => part(`2021-01-${String(i + 1).padStart(2, "0")}`));
    expect(messages({ ...base, dateParts: many })).toEqual({ dateParts: "At most 20 parts." });
  });

  it("names the part and the field of each mistake", () => {
    expect(
      messages({
        ...base,
        dateParts: [part("2021-07-12", "2021-07-14"), part("2021-07"), part(""), part("2021-08-05", "2021-08-01")],
      }),
    ).toEqual({
      "dateParts.1.startDate": "Part 2 start date: enter a day as YYYY-MM-DD.",
      "dateParts.2.startDate": "Give the start date of part 3.",
      "dateParts.3.endDate": "Part 4 ends before it starts.",
    });
  });

  it("refuses parts out of order or overlapping, at their precision", () => {
    expect(messages({ ...base, dateParts: [part("2021-07-12", "2021-07-14"), part("2021-07-14")] })).toEqual({
      "dateParts.1.startDate": "Part 2 must start after part 1 ends.",
    });
    expect(messages({ ...base, dateParts: [part("2021-07-26"), part("2021-07-12")] })).toEqual({
      "dateParts.1.startDate": "Part 2 must start after part 1 ends.",
    });
    // "July 2021" covers the whole month: a part on 20 July overlaps it.
    expect(messages({ ...base, dateParts: [part("2021-07", "", "month"), part("2021-07-20")] })).toEqual({
      "dateParts.1.startDate": "Part 2 must start after part 1 ends.",
    });
  });

  it("refuses unknown keys in a part", () => {
    expect(
      activityFormSchema.safeParse({ ...base, dateParts: [{ ...part("2021-07-12"), position: 1 }, part("2021-07-26")] })
        .success,
    ).toBe(false);
  });
});

describe("the parts' span and their CSV cell", () => {
  const parts = partsAsGiven([part("2021-07-12", "2021-07-14"), part("2021-07-26"), part("2021-09", "", "month")]);

  it("spans the first part's start to the last part's end", () => {
    expect(spanOfParts(parts)).toEqual({
      start: { date: "2021-07-12", precision: "day" },
      end: { date: "2021-09-01", precision: "month" },
    });
    expect(spanOfParts([])).toBeNull();
  });

  it("writes one cell that reads back to the same parts and precisions", () => {
    const cell = datePartsCell(parts);
    expect(cell).toBe("2021-07-12/2021-07-14; 2021-07-26; 2021-09");
    expect(partsAsGiven(readDatePartsCell(cell))).toEqual(parts);
  });
});
