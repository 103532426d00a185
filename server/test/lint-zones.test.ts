import path from "node:path";
import { ESLint } from "eslint";
import tseslint from "typescript-eslint";
import { describe, expect, it } from "vitest";

/**
 * The boundary zones of eslint.config.js (issue 11) fail on a deliberate violation and pass
 * the same code where it belongs. Each case lints a few lines under a path inside the tree
 * (the file need not exist: ESLint lints the text as if it lived there), with the repository's
 * own config. Type-aware rules are switched off: these files are in no tsconfig, and the zones
 * need no types.
 */
const REPO_ROOT = path.resolve(import.meta.dirname, "..", "..");
const eslint = new ESLint({
  cwd: REPO_ROOT,
  // import/no-cycle reads every imported file's exports, and a file that is not on disk has none.
  overrideConfig: [tseslint.configs.disableTypeChecked, { rules: { "import/no-cycle": "off" } }],
});

async function ruleIdsFor(file: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: path.join(REPO_ROOT, file) });
  const messages = result?.messages ?? [];
  // A parse error would make every case "pass" silently.
  expect(messages.filter((m) => m.fatal)).toEqual([]);
  return messages.map((m) => m.ruleId ?? "").sort();
}

const lines = (...source: string[]) => source.join("\n") + "\n";

const FEATURE_ALIAS = lines(
  `import { useItems } from "@/features/items/api/get-items";`,
  `export const x = useItems;`,
);
const FEATURE_RELATIVE = lines(
  `import { useItems } from "../../items/api/get-items";`,
  `export const x = useItems;`,
);
const LIB_RELATIVE = lines(
  `import { useItems } from "../features/items/api/get-items";`,
  `export const x = useItems;`,
);
const PRISMA = lines(
  `import type { PrismaClient } from "../../generated/prisma/client";`,
  `import { prisma } from "../../db";`,
  `export const client: PrismaClient = prisma;`,
);
const ADAPTER = lines(
  `import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";`,
  `export const A = PrismaBetterSQLite3;`,
);
const ENV = lines(`export const url = process.env.DATABASE_URL;`);
const ENV_DESTRUCTURED = lines(`const { env } = process;`, `export const url = env.DATABASE_URL;`);
const MOUNT = (from: string) =>
  lines(
    `import type { Router } from "express";`,
    `import { reviewsRouter } from "${from}reviews/reviews.routes";`,
    `export function mount(api: Router): void {`,
    `  api.use("/exercises/:id", reviewsRouter);`,
    `}`,
  );
const MIDDLEWARE = lines(
  `import { Router } from "express";`,
  `export const r = Router();`,
  `r.use((_req, _res, next) => { next(); });`,
);

/** Each zone: a violation and the rules that refuse it, and the same code where it belongs. */
const CASES: { zone: string; when: string; file: string; code: string; refusedBy: string[] }[] = [
  {
    zone: "features never import one another",
    when: "a feature imports another through @/features",
    file: "client/src/features/import/components/zone-probe.tsx",
    code: FEATURE_ALIAS,
    refusedBy: ["@typescript-eslint/no-restricted-imports"],
  },
  {
    zone: "features never import one another",
    when: "a feature imports its own files",
    file: "client/src/features/items/components/zone-probe.tsx",
    code: FEATURE_ALIAS,
    refusedBy: [],
  },
  {
    zone: "features never import one another",
    when: "a feature imports another by a relative path",
    file: "client/src/features/import/components/zone-probe.tsx",
    code: FEATURE_RELATIVE,
    refusedBy: ["import/no-restricted-paths"],
  },
  {
    zone: "components and lib import no feature",
    when: "a shared component imports a feature",
    file: "client/src/components/zone-probe.tsx",
    code: FEATURE_ALIAS,
    refusedBy: ["@typescript-eslint/no-restricted-imports"],
  },
  {
    zone: "components and lib import no feature",
    when: "lib imports a feature by a relative path",
    file: "client/src/lib/zone-probe.ts",
    code: LIB_RELATIVE,
    refusedBy: ["import/no-restricted-paths"],
  },
  {
    zone: "Prisma only in repositories",
    when: "a service imports the generated client and db.ts",
    file: "server/src/modules/backup/zone-probe.service.ts",
    code: PRISMA,
    refusedBy: ["no-restricted-imports", "no-restricted-imports"],
  },
  {
    zone: "Prisma only in repositories",
    when: "a router imports a Prisma package",
    file: "server/src/modules/backup/zone-probe.routes.ts",
    code: ADAPTER,
    refusedBy: ["no-restricted-imports"],
  },
  {
    zone: "Prisma only in repositories",
    when: "a repository imports the generated client and db.ts",
    file: "server/src/modules/backup/zone-probe.repository.ts",
    code: PRISMA,
    refusedBy: [],
  },
  {
    zone: "process.env only in config.ts",
    when: "another server file reads process.env",
    file: "server/src/zone-probe.ts",
    code: ENV,
    refusedBy: ["no-restricted-properties"],
  },
  {
    zone: "process.env only in config.ts",
    when: "another server file destructures it",
    file: "server/src/modules/items/zone-probe.ts",
    code: ENV_DESTRUCTURED,
    refusedBy: ["no-restricted-properties"],
  },
  {
    zone: "process.env only in config.ts",
    when: "config.ts reads it",
    file: "server/src/config.ts",
    code: ENV,
    refusedBy: [],
  },
  {
    zone: "the app's wiring in app.ts",
    when: "a module imports a router and mounts it at a path",
    file: "server/src/modules/exercises/zone-probe.ts",
    code: MOUNT("../"),
    refusedBy: ["@typescript-eslint/no-restricted-imports", "no-restricted-syntax"],
  },
  {
    zone: "the app's wiring in app.ts",
    when: "app.ts does it",
    file: "server/src/app.ts",
    code: MOUNT("./modules/"),
    refusedBy: [],
  },
  {
    zone: "the app's wiring in app.ts",
    when: "a router runs middleware without a path",
    file: "server/src/modules/exercises/zone-probe.routes.ts",
    code: MIDDLEWARE,
    refusedBy: [],
  },
];

describe("boundary zones", () => {
  it.each(CASES)(
    "$zone: when $when, then the rules that refuse it are $refusedBy",
    async ({ file, code, refusedBy }) => {
      expect(await ruleIdsFor(file, code)).toEqual(refusedBy);
    },
  );

  it("every zone has at least one violation among the cases", () => {
    const zones = new Set(CASES.map((c) => c.zone));
    for (const zone of zones) {
      const cases = CASES.filter((c) => c.zone === zone);
      expect(
        cases.some((c) => c.refusedBy.length > 0),
        zone,
      ).toBe(true);
    }
    expect(zones.size).toBe(5);
  });
});
