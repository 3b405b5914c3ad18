import path from "node:path";
import { defineConfig } from "vitest/config";

export default defineConfig({
  resolve: {
    alias: {
      "@": path.resolve(import.meta.dirname),
      // Outside Next's server bundle the guard package throws on import; tests are server-side.
      "server-only": path.resolve(import.meta.dirname, "tests/server-only-stub.ts"),
    },
  },
  test: {
    environment: "node",
    include: ["**/*.test.ts"],
    exclude: ["node_modules/**", "e2e/**", ".next/**", ".data/**"],
    // PGlite boots a Postgres in WebAssembly per test file: a few seconds on 2 cores.
    testTimeout: 30_000,
    hookTimeout: 60_000,
    pool: "forks",
    setupFiles: ["tests/setup.ts"],
    // Keys the sealed MFA secrets (lib/auth/secret-box.ts) as the server's secret does.
    env: { NEXTAUTH_SECRET: "test-secret-of-at-least-thirty-two-bytes" },
  },
});
