import { afterAll, beforeAll } from "vitest";
import { provideDatabase } from "@/db/database";
import type { Engine } from "@/db/client";
import { seedRecord } from "@/db/seed/seed";
import { createTestDatabase, type TestDatabase } from "./databases";

/**
 * A fresh database with the real record and the demo accounts, provided to the data layer
 * for the enclosing describe block and closed after it. Read `.current` inside tests.
 */
export function seededDatabase(engine: Engine): { current: TestDatabase } {
  const holder = {} as { current: TestDatabase };
  beforeAll(async () => {
    holder.current = await createTestDatabase(engine);
    await seedRecord(holder.current.db, { demoUsers: true });
    provideDatabase(holder.current);
  });
  afterAll(() => holder.current.close());
  return holder;
}
