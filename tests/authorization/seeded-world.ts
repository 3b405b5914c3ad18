import { afterAll, beforeAll } from "vitest";
import type { Engine } from "@/db/client";
import { seededDatabase } from "@/tests/seeded";
import { actAs } from "./fake-session";
import { loadWorld, Targets, type World } from "./fixtures";

/**
 * A seeded database with the demo people signed in, and fresh targets, for the enclosing
 * describe block (the matrix and the fuzz suites); nobody acts once it is done.
 */
export function seededWorld(engine: Engine) {
  const database = seededDatabase(engine);
  const holder = { database } as { database: typeof database; world: World; targets: Targets };
  beforeAll(async () => {
    holder.world = await loadWorld(database.current.db);
    holder.targets = new Targets(holder.world);
  });
  afterAll(() => actAs(null));
  return holder;
}
