import { useEffect, useRef } from "react";
import { changeLanguage, currentLanguage } from "@/lib/i18n";
import { useSessionUser } from "../api/get-session";

/**
 * When someone signs in (or the page opens with their session), the language they chose
 * for their account wins over this browser's: it is applied once per user, so switching
 * afterwards is not fought.
 */
export function useApplyUserLanguage() {
  const user = useSessionUser();
  const appliedFor = useRef<string | null>(null);
  useEffect(() => {
    if (!user) {
      appliedFor.current = null;
      return;
    }
    if (appliedFor.current === user.id) return;
    appliedFor.current = user.id;
    if (user.locale !== currentLanguage()) void changeLanguage(user.locale);
  }, [user]);
}
