import { describe, expect, it } from "vitest";
import type { OrganisationKind } from "@/lib/domain";
import { decidePublication, type IatiCandidate } from "./publication";

// A participating organisation's IATI type follows its kind unless an administrator recorded
// one: a government is 10, another intergovernmental organisation 40, civil society 21.

const organisation = (
  id: string,
  kind: OrganisationKind,
  role: "lead" | "co_organiser" | "supporting",
  iatiType: string | null = null,
) => ({
  id,
  name: id,
  iatiRef: null,
  iatiType,
  kind,
  countryCode: null,
  role,
});

const candidate = (organisations: IatiCandidate["organisations"]): IatiCandidate => ({
  id: "7b0c8a52-2f0e-4c55-9d0c-6e8f1c2a9b01",
  title: "AICHR Regional Dialogue on Humanitarian Law",
  summary: "A dialogue.",
  status: "completed",
  publishToIati: true,
  start: { date: "2021-07-12", precision: "day" },
  end: { date: "2021-07-14", precision: "day" },
  scope: "regional",
  language: "en",
  city: "Jakarta",
  countryCode: "ID",
  updatedAt: new Date("2021-08-01T10:00:00Z"),
  organisations,
  reports: [],
  clauses: [],
  documents: [],
});

describe("IATI participating organisations beyond the UN", () => {
  it("takes each partner's type from its kind, and a recorded type over it", () => {
    const decision = decidePublication(
      candidate([
        organisation("AICHR", "asean_body", "lead"),
        organisation("UNDP", "un_entity", "co_organiser"),
        organisation("Switzerland", "government", "supporting"),
        organisation("European Union", "intergovernmental", "supporting"),
        organisation("ICRC", "civil_society", "co_organiser"),
        organisation("Auschwitz Institute", "civil_society", "supporting", "22"),
      ]),
      new Date("2026-12-02T10:00:00Z"),
    );
    if (!("activity" in decision)) throw new Error(`left out: ${decision.leftOut}`);
    expect(decision.activity.organisations.map((o) => [o.name, o.type])).toEqual([
      ["AICHR", "40"],
      ["UNDP", "40"],
      ["Switzerland", "10"],
      ["European Union", "40"],
      ["ICRC", "21"],
      ["Auschwitz Institute", "22"],
    ]);
  });
});
