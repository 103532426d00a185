// One flat config for every workspace: type-aware typescript-eslint rules, import
// direction (shared imports none of our code nor Node/DOM/React/Express/Prisma),
// React hooks and TanStack Query rules for the client.
import js from "@eslint/js";
import tseslint from "typescript-eslint";
import importPlugin from "eslint-plugin-import";
import reactHooks from "eslint-plugin-react-hooks";
import pluginQuery from "@tanstack/eslint-plugin-query";
import globals from "globals";
import fs from "node:fs";
import path from "node:path";

/**
 * Boundary zones (issue 11; docs/decisions/ says why each exists). Each zone uses a rule of its
 * own, because a later config block replaces an earlier block's options for the same rule:
 * - no-restricted-imports: the workspace's import direction, and Prisma only in repositories;
 * - @typescript-eslint/no-restricted-imports: client features do not import one another
 *   ("@/features/…" aliases), the server's routers are mounted in app.ts only;
 * - import/no-restricted-paths: the same feature rule for relative paths (resolved files);
 * - no-restricted-properties: process.env only in server/src/config.ts;
 * - no-restricted-syntax: `x.use("/path", …)` (mounting a router) only in app.ts.
 * server/test/lint-zones.test.ts proves each zone fails on a deliberate violation.
 */
const CLIENT_FEATURES = fs
  .readdirSync(path.join(import.meta.dirname, "client", "src", "features"), { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name);

/** Where Prisma (the generated client, @prisma/*, the one client in db.ts) may be imported. */
const PRISMA_ALLOWED = [
  "server/src/**/*.repository.ts",
  // The items' select, where and row mapping shared by the items and documents repositories.
  "server/src/modules/items/item-record.ts",
  // SQL fragments (Prisma.sql) the repositories embed: the search condition, LIKE patterns
  // and the items list's columns, filters and keyset.
  "server/src/modules/search/search-clause.ts",
  "server/src/modules/search/like-pattern.ts",
  "server/src/modules/items/item-list-sql.ts",
  "server/src/db.ts",
  // better-auth's Prisma adapter is handed the one client.
  "server/src/auth/auth.ts",
  // On PostgreSQL the shared auth secret is a row every instance reads while better-auth is built.
  "server/src/auth/secret.ts",
  // Entry points close the client on exit.
  "server/src/index.ts",
  "server/src/cli/**",
];

/** Where process.env may be read: config.ts parses it once; CLI entry points read INIT_CWD. */
const ENV_ALLOWED = ["server/src/config.ts", "server/src/cli/**"];

export default tseslint.config(
  {
    ignores: [
      "**/node_modules/**",
      "**/dist/**",
      "data/**",
      "server/src/generated/**",
      "test-results/**",
      "playwright-report/**",
      "e2e/test-results/**",
      "e2e/playwright-report/**",
      "prisma/*/migrations/**",
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
      globals: { ...globals.node },
    },
    plugins: { import: importPlugin },
    settings: { "import/resolver": { node: { extensions: [".ts", ".tsx", ".js"] } } },
    rules: {
      "import/no-cycle": "error",
      "@typescript-eslint/no-floating-promises": "error",
      "@typescript-eslint/no-misused-promises": "error",
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_" }],
    },
  },
  {
    // shared's own tsconfig leaves out its tests (they may use Node); lint them with the test one.
    files: ["shared/**/*.ts"],
    languageOptions: {
      parserOptions: {
        projectService: false,
        project: "./shared/tsconfig.test.json",
        tsconfigRootDir: import.meta.dirname,
      },
    },
  },
  {
    files: ["eslint.config.js", "vitest.setup.ts", "server/src/extraction/*.mjs"],
    ...tseslint.configs.disableTypeChecked,
  },
  {
    files: ["shared/src/**/*.ts"],
    ignores: ["shared/src/**/*.test.ts", "shared/src/testing/**"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              group: ["node:*", "fs", "path", "os", "crypto"],
              message: "shared is pure: no Node APIs.",
            },
            {
              group: ["react", "react-*", "express", "@prisma/*", "@zeren/*"],
              message: "shared imports none of our code nor framework code.",
            },
            {
              group: ["../../server/*", "../../client/*"],
              message: "shared imports none of our code.",
            },
          ],
        },
      ],
    },
  },
  {
    // Prisma only in repositories: services and routes see contract types, never rows.
    files: ["server/src/**/*.ts"],
    ignores: PRISMA_ALLOWED,
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              regex: "^@prisma/|^prisma(/|$)|(^|/)generated/prisma(/|$)",
              message: "Prisma only in *.repository.ts (eslint.config.js lists the exceptions).",
            },
            {
              regex: "^\\.{1,2}(/\\.\\.)*/(server/src/)?db$",
              message: "The PrismaClient (db.ts) only in *.repository.ts: call a repository.",
            },
          ],
        },
      ],
    },
  },
  {
    files: ["server/src/**/*.ts"],
    ignores: ENV_ALLOWED,
    rules: {
      "no-restricted-properties": [
        "error",
        {
          object: "process",
          property: "env",
          message:
            "Read the environment in config.ts (parsed with zod, fails fast) and import config.",
        },
      ],
    },
  },
  {
    // The app's wiring lives in app.ts: which routers, at which paths, behind which guards.
    files: ["server/src/**/*.ts"],
    ignores: ["server/src/app.ts"],
    rules: {
      "@typescript-eslint/no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              regex: "\\.routes$",
              message: "Routers are mounted in app.ts only.",
            },
          ],
        },
      ],
      "no-restricted-syntax": [
        "error",
        {
          selector:
            "CallExpression[callee.property.name='use'][arguments.0.type=/^(Literal|TemplateLiteral)$/]",
          message: "Mount routers at a path in app.ts only.",
        },
      ],
    },
  },
  {
    files: ["client/src/**/*.{ts,tsx}"],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { "react-hooks": reactHooks, "@tanstack/query": pluginQuery },
    rules: {
      ...reactHooks.configs.recommended.rules,
      ...pluginQuery.configs.recommended.rules,
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              group: ["**/server/**", "@prisma/*", "express"],
              message: "client talks to the server over HTTP only.",
            },
          ],
        },
      ],
      // bulletproof-react's unidirectional code: components/ and lib/ → features/ → app/.
      "import/no-restricted-paths": [
        "error",
        {
          // Zones are relative to the repository root, whatever the cwd (vitest runs in server/).
          basePath: import.meta.dirname,
          zones: [
            ...CLIENT_FEATURES.map((feature) => ({
              target: `./client/src/features/${feature}`,
              from: "./client/src/features",
              except: [`./${feature}`],
              message:
                "Features never import one another: move what both need to components/ or lib/.",
            })),
            {
              target: ["./client/src/components", "./client/src/lib"],
              from: ["./client/src/features", "./client/src/app"],
              message: "components/ and lib/ are shared: they import no feature and no route.",
            },
            {
              target: "./client/src/features",
              from: "./client/src/app",
              message: "Features do not import the app: routes compose features.",
            },
          ],
        },
      ],
    },
  },
  ...CLIENT_FEATURES.map((feature) => ({
    files: [`client/src/features/${feature}/**/*.{ts,tsx}`],
    rules: {
      "@typescript-eslint/no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              regex: `^@/features/(?!${feature}/)`,
              message:
                "Features never import one another: move what both need to components/ or lib/.",
            },
            {
              regex: "^@/app/",
              message: "Features do not import the app: routes compose features.",
            },
          ],
        },
      ],
    },
  })),
  {
    files: ["client/src/{components,lib}/**/*.{ts,tsx}"],
    rules: {
      "@typescript-eslint/no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              regex: "^@/(features|app)/",
              message: "components/ and lib/ are shared: they import no feature and no route.",
            },
          ],
        },
      ],
    },
  },
);
