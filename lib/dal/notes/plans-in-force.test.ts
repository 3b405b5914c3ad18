import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { planFrameworks } from "@/db/schema";
import { SEED_PLAN } from "@/db/seed/plan";
import { demoUser } from "@/tests/actors";
import { ENGINES } from "@/tests/databases";
import { seededDatabase } from "@/tests/seeded";
import { createNote, getNote } from "@/lib/dal/notes/background-notes";
import { createPlanEdition } from "@/lib/dal/plan/editions";
import { createPlanFramework } from "@/lib/dal/plan/frameworks";

const edition = (frameworkId: string, code: string, title: string, startYear: number) => ({
  code,
  frameworkId,
  title,
  startYear,
  endYear: startYear + 4,
  adoptedAt: "",
  sections: [{ number: "1", title: "Human rights" }],
  clauses: [{ number: "1.1", text: `The first clause of ${title}.` }],
});

const settings = (periodFrom: string, periodTo: string) => ({
  title: "AICHR Background Note on Human Rights Cooperation",
  noteDate: "2022-01-15",
  periodFrom,
  periodTo,
  organisationCodes: [],
  themes: [],
  includeUndated: false,
});

describe.each(ENGINES)("the Background Note's annex over several plans on %s", (engine) => {
  const seeded = seededDatabase(engine);
  const db = () => seeded.current.db;

  beforeAll(async () => {
    const admin = await demoUser(db(), "admin@demo.test");
    const [poa] = await db().select().from(planFrameworks).where(eq(planFrameworks.code, "ASEAN-UN-POA"));
    const { id: wp } = await createPlanFramework(admin, {
      code: "AICHR-WP",
      name: "AICHR Five-Year Work Plan",
      owner: "the AICHR",
    });
    await createPlanEdition(admin, edition(wp, "AICHR-WP-2021-2025", "Work Plan 2021-2025", 2021));
    await createPlanEdition(
      admin,
      edition(poa!.id, "ASEAN-UN-POA-2021-2025", "ASEAN-UN Plan of Action 2021-2025", 2021),
    );
  });

  const annexOf = async (from: string, to: string) => {
    const secretariat = await demoUser(db(), "secretariat@demo.test");
    const { id } = await createNote(secretariat, settings(from, to));
    return (await getNote(secretariat, id))!.model.annex;
  };

  it("lists the editions of every framework in force in the period, each headed by its framework", async () => {
    const annex = await annexOf("2020-01-01", "2021-12-31");
    expect(annex.map((a) => [a.code, a.heading])).toEqual([
      [SEED_PLAN.edition.code, `Human Rights sections in the ${SEED_PLAN.edition.title}`],
      ["ASEAN-UN-POA-2021-2025", "Human Rights sections in the ASEAN-UN Plan of Action 2021-2025"],
      ["AICHR-WP-2021-2025", "AICHR Five-Year Work Plan: Human Rights sections in the Work Plan 2021-2025"],
    ]);
    expect(annex[2]!.lines.map((l) => l.number)).toEqual(["1", "1.1"]);
  });

  it("leaves out the editions not in force in the period", async () => {
    expect((await annexOf("2017-01-01", "2018-12-31")).map((a) => a.code)).toEqual([SEED_PLAN.edition.code]);
    // Frameworks whose editions start the same year come by code.
    expect((await annexOf("2022-01-01", "2022-12-31")).map((a) => a.code)).toEqual([
      "AICHR-WP-2021-2025",
      "ASEAN-UN-POA-2021-2025",
    ]);
    expect(await annexOf("2012-01-01", "2013-12-31")).toEqual([]);
  });
});
