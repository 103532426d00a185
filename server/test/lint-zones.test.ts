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

describe("client features never import one another", () => {
  it("when a feature imports another through @/features, then the import is refused", async () => {
    const code = `import { useItems } from "@/features/items/api/get-items";\nexport const x = useItems;\n`;
    expect(await ruleIdsFor("client/src/features/import/components/zone-probe.tsx", code)).toEqual([
      "@typescript-eslint/no-restricted-imports",
    ]);
    expect(await ruleIdsFor("client/src/features/items/components/zone-probe.tsx", code)).toEqual(
      [],
    );
  });

  it("when a feature imports another by a relative path, then the import is refused", async () => {
    const code = `import { useItems } from "../../items/api/get-items";\nexport const x = useItems;\n`;
    expect(await ruleIdsFor("client/src/features/import/components/zone-probe.tsx", code)).toEqual([
      "import/no-restricted-paths",
    ]);
  });

  it("when shared components import a feature, then the import is refused", async () => {
    const code = `import { useItems } from "@/features/items/api/get-items";\nexport const x = useItems;\n`;
    expect(await ruleIdsFor("client/src/components/zone-probe.tsx", code)).toEqual([
      "@typescript-eslint/no-restricted-imports",
    ]);
    const relative = `import { useItems } from "../features/items/api/get-items";\nexport const x = useItems;\n`;
    expect(await ruleIdsFor("client/src/lib/zone-probe.ts", relative)).toEqual([
      "import/no-restricted-paths",
    ]);
  });
});

describe("Prisma only in repositories", () => {
  const code = [
    `import type { PrismaClient } from "../../generated/prisma/client";`,
    `import { prisma } from "../../db";`,
    `export const client: PrismaClient = prisma;`,
    "",
  ].join("\n");

  it("when a service imports the generated client or db.ts, then both imports are refused", async () => {
    expect(await ruleIdsFor("server/src/modules/backup/zone-probe.service.ts", code)).toEqual([
      "no-restricted-imports",
      "no-restricted-imports",
    ]);
    const adapter = `import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";\nexport const A = PrismaBetterSQLite3;\n`;
    expect(await ruleIdsFor("server/src/modules/backup/zone-probe.routes.ts", adapter)).toEqual([
      "no-restricted-imports",
    ]);
  });

  it("when a repository imports them, then they are allowed", async () => {
    expect(await ruleIdsFor("server/src/modules/backup/zone-probe.repository.ts", code)).toEqual(
      [],
    );
  });
});

describe("process.env only in config.ts", () => {
  const code = `export const url = process.env.DATABASE_URL;\n`;

  it("when another server file reads process.env, then it is refused", async () => {
    expect(await ruleIdsFor("server/src/zone-probe.ts", code)).toEqual([
      "no-restricted-properties",
    ]);
    const destructured = `const { env } = process;\nexport const url = env.DATABASE_URL;\n`;
    expect(await ruleIdsFor("server/src/modules/items/zone-probe.ts", destructured)).toEqual([
      "no-restricted-properties",
    ]);
  });

  it("when config.ts reads it, then it is allowed", async () => {
    expect(await ruleIdsFor("server/src/config.ts", code)).toEqual([]);
  });
});

describe("the server's app wiring in app.ts", () => {
  const code = [
    `import type { Router } from "express";`,
    `import { reviewsRouter } from "../reviews/reviews.routes";`,
    `export function mount(api: Router): void {`,
    `  api.use("/exercises/:id", reviewsRouter);`,
    `}`,
    "",
  ].join("\n");

  it("when a module imports a router and mounts it at a path, then both are refused", async () => {
    expect(await ruleIdsFor("server/src/modules/exercises/zone-probe.ts", code)).toEqual([
      "@typescript-eslint/no-restricted-imports",
      "no-restricted-syntax",
    ]);
  });

  it("when app.ts does it, then it is allowed", async () => {
    const inApp = code.replace("../reviews/", "./modules/reviews/");
    expect(await ruleIdsFor("server/src/app.ts", inApp)).toEqual([]);
  });

  it("when a router runs middleware without a path, then it is allowed", async () => {
    const middleware = `import { Router } from "express";\nexport const r = Router();\nr.use((_req, _res, next) => { next(); });\n`;
    expect(
      await ruleIdsFor("server/src/modules/exercises/zone-probe.routes.ts", middleware),
    ).toEqual([]);
  });
});
