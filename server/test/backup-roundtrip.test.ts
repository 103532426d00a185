/**
 * The whole-database backup: GET /api/backup → restore into a fresh, migrated database of
 * the run's provider (SQLite, or PostgreSQL with TEST_DATABASE=postgres), through the service
 * and through the CLI → export again → identical tables.
 */
import { execFile } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { BackupSchema, type Backup } from "@zeren/shared/contract";
import type { PrismaClient } from "../src/generated/prisma/client";
import { createBackup, RestoreRefused, restoreBackup } from "../src/modules/backup/backup.service";
import { signedIn, type SignedIn } from "./agents";
import { clientFor, createTestDatabase, type TestDatabase } from "./databases";
import {
  createExercise,
  createInvite,
  importNotice,
  itemsOf,
  joinAsNewParticipant,
  review,
} from "./exercise-fixtures";
import { client as apiClient, expectError, SAMPLE_NOTICE } from "./helpers";

const run = promisify(execFile);
const SERVER_DIR = path.resolve(import.meta.dirname, "..");
const dir = fs.mkdtempSync(path.join(os.tmpdir(), "zeren-backup-test-"));
const clients: PrismaClient[] = [];
const databases: TestDatabase[] = [];

/** A new database with every committed migration applied, as a fresh installation has. */
async function freshDatabase(): Promise<string> {
  const database = await createTestDatabase();
  databases.push(database);
  return database.url;
}

function client(url: string): PrismaClient {
  const db = clientFor(url);
  clients.push(db);
  return db;
}

let instructor: SignedIn;
let backup: Backup;

beforeAll(async () => {
  instructor = await signedIn("instructor", { name: "Archivist Chen" });
  const document = await importNotice(instructor.agent, SAMPLE_NOTICE, "防汛通知");
  const exercise = await createExercise(instructor.agent, {
    documentIds: [document.id],
    blind: true,
  });
  const { token } = await createInvite(instructor.agent, exercise.id);
  const li = await joinAsNewParticipant(token, "李明");
  const [first, second] = await itemsOf(li.agent, exercise.id);
  await review(li.agent, exercise.id, first!, {
    reviewed: true,
    note: "第一条",
    coding: { level: "committee", types: ["reporting"], modality: "obligation" },
    submit: true,
  });
  await review(li.agent, exercise.id, second!, { reviewed: true, note: "second" });
  await li.agent.post(`/api/exercises/${exercise.id}/undo`);
  await instructor.agent.post(`/api/exercises/${exercise.id}/adjudication/${first!.id}`).send({
    decision: "correct",
    correction: { level: "committee", types: ["reporting"], modality: "mixed", reason: "理由" },
  });
  const catalogue = await instructor.agent
    .patch(`/api/items/${first!.id}`)
    .send({ reviewed: true, note: "catalogued", version: 0 });
  expect(catalogue.status).toBe(200);

  // helpers.ts's instructor is this file's first one: the administrator, whose backup it is.
  const res = await apiClient().get("/api/backup");
  expect(res.status).toBe(200);
  expect(res.headers["content-disposition"]).toMatch(/attachment; filename="?zeren-backup-/);
  backup = BackupSchema.parse(res.body);
});

afterAll(async () => {
  await Promise.all(clients.map((c) => c.$disconnect()));
  await Promise.all(databases.map((d) => d.drop()));
  fs.rmSync(dir, { recursive: true, force: true });
});

describe("backup", () => {
  it("when exported, then every data table is there and sessions are not", () => {
    const tables = Object.keys(backup.tables);
    for (const table of [
      "User",
      "Account",
      "Document",
      "Section",
      "Item",
      "Review",
      "Correction",
      "Exercise",
      "ExerciseDocument",
      "ExerciseMember",
      "Invite",
      "ParticipantReview",
      "ReviewEvent",
      "CatalogueReviewEvent",
      "Adjudication",
    ]) {
      expect(tables).toContain(table);
      expect(backup.tables[table]!.length, table).toBeGreaterThan(0);
    }
    expect(tables).not.toContain("Session");
    expect(tables).not.toContain("SetupToken");
    expect(backup.tables.ReviewEvent).toHaveLength(3);
    // Passwords travel only as scrypt hashes, never in clear.
    expect(JSON.stringify(backup)).not.toContain("correct horse");
  });

  it("when restored into a fresh installation and exported again, then the data is identical", async () => {
    const fresh = client(await freshDatabase());
    const result = await restoreBackup(backup, fresh);
    expect(result.rows).toBe(
      Object.values(backup.tables).reduce((acc, rows) => acc + rows.length, 0),
    );
    const again = await createBackup(fresh);
    expect(again.migrations).toEqual(backup.migrations);
    expect(JSON.stringify(again.tables)).toBe(JSON.stringify(backup.tables));

    // New rows after a restore get new ids (PostgreSQL's sequences were moved past the
    // restored ones; SQLite's follow by themselves).
    const events = backup.tables.CatalogueReviewEvent!;
    const last = events.at(-1)!;
    const next = await fresh.catalogueReviewEvent.create({
      data: {
        itemId: String(last.itemId),
        actorId: String(last.actorId),
        before: "{}",
        after: "{}",
        version: 2,
      },
      select: { id: true },
    });
    expect(next.id).toBeGreaterThan(Math.max(...events.map((e) => Number(e.id))));
  });

  it("when the installation already holds data, then restore refuses and changes nothing", async () => {
    const db = client(await freshDatabase());
    await restoreBackup(backup, db);
    const before = JSON.stringify((await createBackup(db)).tables);
    await expect(restoreBackup(backup, db)).rejects.toThrow(RestoreRefused);
    await expect(
      restoreBackup({ ...backup, migrations: ["x"] }, client(await freshDatabase())),
    ).rejects.toThrow(/migrations/);
    await expect(restoreBackup({ format: "other" }, db)).rejects.toThrow(/not a Zeren backup/);
    expect(JSON.stringify((await createBackup(db)).tables)).toBe(before);
  });

  it("when the CLI restores a backup file, then the fresh database exports identically; a second run is refused with exit code 1", async () => {
    const url = await freshDatabase();
    const backupFile = path.join(dir, "backup.json");
    fs.writeFileSync(backupFile, JSON.stringify(backup));
    const env = { ...process.env, DATABASE_URL: url, NODE_ENV: "test" };
    const ok = await run("npx", ["tsx", "src/cli/restore.ts", backupFile], {
      cwd: SERVER_DIR,
      env,
    });
    expect(ok.stdout).toMatch(/^restored \d+ rows in \d+ tables/);
    const again = await createBackup(client(url));
    expect(JSON.stringify(again.tables)).toBe(JSON.stringify(backup.tables));

    const refused = await run("npx", ["tsx", "src/cli/restore.ts", backupFile], {
      cwd: SERVER_DIR,
      env,
    }).catch((err: { code: number; stderr: string }) => err);
    expect(refused).toMatchObject({ code: 1 });
    expect((refused as { stderr: string }).stderr).toMatch(
      /restore refused: the installation is not empty/,
    );
  });

  it("when a participant asks for a backup, then 403", async () => {
    const participant = await signedIn("participant");
    expectError(await participant.agent.get("/api/backup"), 403, "FORBIDDEN");
  });
});
