import type { Locale, SessionUser } from "@zeren/shared/contract";
import { prisma } from "../../db";
import { toSessionUser } from "../../auth/accounts";

/**
 * The administrator's id: the first instructor (the setup link creates them), the earliest
 * created, ties broken by id. No column: no migration, and a restored backup keeps it.
 */
export async function firstInstructorId(): Promise<string | null> {
  const first = await prisma.user.findFirst({
    where: { role: "instructor" },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    select: { id: true },
  });
  return first?.id ?? null;
}

export async function updateLocale(userId: string, locale: Locale): Promise<SessionUser> {
  const user = await prisma.user.update({
    where: { id: userId },
    data: { locale },
    select: { id: true, name: true, email: true, role: true, locale: true },
  });
  return toSessionUser(user);
}
