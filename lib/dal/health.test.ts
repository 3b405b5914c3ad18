import { describe, expect, it } from "vitest";
import { provideDatabase } from "@/db/database";
import { ENGINES, createTestDatabase } from "@/tests/databases";
import { databaseAnswers } from "@/lib/dal/health";

describe.each(ENGINES)("the health check on %s", (engine) => {
  it("says the database answers while it does, and not once it is gone", async () => {
    const database = await createTestDatabase(engine, { migrate: false });
    provideDatabase(database);
    expect(await databaseAnswers()).toBe(true);
    await database.close();
    expect(await databaseAnswers()).toBe(false);
  });
});
