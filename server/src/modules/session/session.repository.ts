import type { Locale, SessionUser } from "@zeren/shared/contract";
import { prisma } from "../../db";
import { toSessionUser } from "../../auth/accounts";

export async function updateLocale(userId: string, locale: Locale): Promise<SessionUser> {
  const user = await prisma.user.update({
    where: { id: userId },
    data: { locale },
    select: { id: true, name: true, email: true, role: true, locale: true },
  });
  return toSessionUser(user);
}
