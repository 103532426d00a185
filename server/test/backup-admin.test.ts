import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { BackupSchema, ErrorEnvelopeSchema, SessionResponseSchema } from "@zeren/shared/contract";
import { prisma } from "../src/db";
import { signedIn, type SignedIn } from "./agents";
import { createExercise, importNotice } from "./exercise-fixtures";
import { SAMPLE_NOTICE } from "./helpers";

/**
 * The whole-database backup holds every instructor's exercises, participants' notes and all
 * password hashes: only the administrator, the first instructor (the one the setup link
 * creates), may download it. (helpers.ts makes this file's first instructor.)
 */

let administrator: SignedIn;
let otherInstructor: SignedIn;
let participant: SignedIn;
beforeAll(async () => {
  await prisma.user.deleteMany({ where: { name: "Helper Instructor" } });
  administrator = await signedIn("instructor", { name: "First Instructor" });
  otherInstructor = await signedIn("instructor", { name: "Second Instructor" });
  participant = await signedIn("participant");
  // The other instructor's own work is in the backup too: the reason it is not theirs to take.
  const document = await importNotice(otherInstructor.agent, SAMPLE_NOTICE);
  await createExercise(otherInstructor.agent, { documentIds: [document.id], blind: false });
});
afterAll(() => prisma.$disconnect());

describe("the backup is the administrator's", () => {
  it("when the first instructor asks, then they get the whole database", async () => {
    const res = await administrator.agent.get("/api/backup");
    expect(res.status).toBe(200);
    const backup = BackupSchema.parse(res.body);
    expect(backup.tables.Exercise?.length).toBe(1);
  });

  it("when another instructor asks, then 403 FORBIDDEN naming the administrator", async () => {
    const res = await otherInstructor.agent.get("/api/backup");
    expect(res.status).toBe(403);
    const { error } = ErrorEnvelopeSchema.parse(res.body);
    expect(error.code).toBe("FORBIDDEN");
    expect(error.message).toMatch(/administrator/);
  });

  it("when a participant asks, then 403 FORBIDDEN", async () => {
    expect((await participant.agent.get("/api/backup")).status).toBe(403);
  });

  it("when each reads their session, then only the administrator is told they are one", async () => {
    const session = async (who: SignedIn) =>
      SessionResponseSchema.parse((await who.agent.get("/api/session")).body).administrator;
    expect(await session(administrator)).toBe(true);
    expect(await session(otherInstructor)).toBe(false);
    expect(await session(participant)).toBe(false);
  });
});
