// One flat config for every workspace: type-aware typescript-eslint rules, import
// direction (shared imports none of our code nor Node/DOM/React/Express/Prisma),
// React hooks and TanStack Query rules for the client.
import js from "@eslint/js";
import tseslint from "typescript-eslint";
import importPlugin from "eslint-plugin-import";
import reactHooks from "eslint-plugin-react-hooks";
import pluginQuery from "@tanstack/eslint-plugin-query";
import globals from "globals";

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
      "prisma/migrations/**",
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
    },
  },
);
