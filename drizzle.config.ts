import { defineConfig } from "drizzle-kit";

// Only drizzle-kit reads this file: it diffs db/schema against the committed
// migrations and writes the next SQL file. The app applies them itself (db/migrate.ts).
export default defineConfig({
  dialect: "postgresql",
  schema: "./db/schema/index.ts",
  out: "./db/migrations",
});
