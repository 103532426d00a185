import type { UserRole } from "@zeren/shared/contract";

/** Where each role starts: instructors on the catalogue's overview, participants on their exercises. */
export const HOME_BY_ROLE: Record<UserRole, string> = {
  instructor: "/",
  participant: "/exercises",
};
