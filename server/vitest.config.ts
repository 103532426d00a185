import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    // setup-db gives every test file its own freshly migrated SQLite file, so files can run
    // in parallel; it must run before anything imports src/db.ts.
    setupFiles: ["./test/setup-db.ts", "../vitest.setup.ts"],
    testTimeout: 30_000,
    hookTimeout: 30_000,
  },
});
