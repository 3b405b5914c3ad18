// Lint keeps the house standing (docs/architecture.md): Next's and typescript-eslint's
// rules, plus three walls: only the data layer and db/ import the database, only lib/env.ts
// reads process.env, and client components import no server-only code.
import { defineConfig, globalIgnores } from "eslint/config";
import nextVitals from "eslint-config-next/core-web-vitals";
import nextTypescript from "eslint-config-next/typescript";
import { clientBoundary } from "./eslint/client-boundary.mjs";

const DATABASE_MODULES = [
  "@/db",
  "@/db/*",
  "drizzle-orm",
  "drizzle-orm/*",
  "postgres",
  "@electric-sql/pglite",
  "@electric-sql/pglite/*",
];

export default defineConfig([
  ...nextVitals,
  ...nextTypescript,
  globalIgnores([
    ".next/**",
    "bench/floor/.next/**",
    "bench/floor/next-env.d.ts",
    "node_modules/**",
    "vendor/**",
    ".data/**",
    ".test-results/**",
    "next-env.d.ts",
  ]),
  {
    rules: {
      // Leaving a field out by destructuring (`const { id: _id, ...rest } = row`) is intended.
      "@typescript-eslint/no-unused-vars": ["error", { ignoreRestSiblings: true, varsIgnorePattern: "^_" }],
    },
  },
  {
    // Playwright's fixtures call their callback `use`; it is not React's hook.
    files: ["e2e/**"],
    rules: { "react-hooks/rules-of-hooks": "off" },
  },
  {
    plugins: { house: { rules: { "client-boundary": clientBoundary } } },
    rules: { "house/client-boundary": "error" },
  },
  {
    files: ["app/**", "components/**", "lib/**", "proxy.ts", "instrumentation.ts"],
    // lib/boot.ts opens and migrates the database as the server starts, before any request and
    // on nobody's behalf: not a data-layer operation, which always acts for a user.
    ignores: ["lib/dal/**", "lib/boot.ts", "**/*.test.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              group: DATABASE_MODULES,
              allowTypeImports: true,
              message: "Only the data layer (lib/dal) and db/ touch the database: call a lib/dal function.",
            },
          ],
        },
      ],
    },
  },
  {
    files: ["app/**", "components/**", "lib/**", "db/**", "proxy.ts", "instrumentation.ts"],
    ignores: ["lib/env.ts", "**/*.test.ts", "db/seed/**"],
    rules: {
      "no-restricted-properties": [
        "error",
        { object: "process", property: "env", message: "Read the environment through lib/env.ts." },
      ],
    },
  },
]);
