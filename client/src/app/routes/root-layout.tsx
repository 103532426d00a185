import { useEffect, useId, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { NavLink, Outlet, ScrollRestoration, useLocation } from "react-router";
import type { UserRole } from "@zeren/shared/contract";
import { useSessionUser } from "@/features/auth/api/get-session";
import { AccountMenu } from "@/features/auth/components/account-menu";
import { useApplyUserLanguage } from "@/features/auth/components/apply-user-language";
import { LanguageSwitch } from "@/features/auth/components/language-switch";

interface NavEntry {
  to: string;
  /** Key in common.json's nav.* (or "<namespace>:key" for a feature's own) */
  label: string;
  roles: readonly UserRole[];
  /** Which paths light this entry up (its own pages and their sub-pages). */
  isActive: (pathname: string) => boolean;
}

/** The main navigation, by role. A new section of the app adds one entry here. */
const NAV: readonly NavEntry[] = [
  {
    to: "/",
    label: "nav.tiers",
    roles: ["instructor"],
    isActive: (p) => p === "/" || p.startsWith("/tiers/") || p.startsWith("/items/"),
  },
  {
    to: "/import",
    label: "nav.import",
    roles: ["instructor"],
    isActive: (p) => p.startsWith("/import"),
  },
  {
    to: "/summary/committee",
    label: "nav.summaries",
    roles: ["instructor"],
    isActive: (p) => p.startsWith("/summary/"),
  },
  {
    to: "/search",
    label: "nav.search",
    roles: ["instructor"],
    isActive: (p) => p.startsWith("/search"),
  },
  {
    to: "/exercises",
    label: "exercises:nav",
    roles: ["instructor", "participant"],
    isActive: (p) => p.startsWith("/exercises"),
  },
];

/** The frame of every page: skip link, header (navigation, language, account), main, footer. */
export function RootLayout() {
  const { t } = useTranslation();
  const { pathname } = useLocation();
  const mainRef = useRef<HTMLElement>(null);
  const previousPath = useRef(pathname);
  const user = useSessionUser();
  const menuId = useId();
  // Phones: the navigation and tools fold behind one button, so the page starts near the top.
  const [isMenuOpen, setMenuOpen] = useState(false);
  useApplyUserLanguage();

  // A new page (not a filter change): move focus to its content, so keyboard and screen
  // reader users start there instead of on the link they left behind.
  useEffect(() => {
    if (previousPath.current === pathname) return;
    previousPath.current = pathname;
    setMenuOpen(false);
    mainRef.current?.focus();
  }, [pathname]);

  const entries = user ? NAV.filter((entry) => entry.roles.includes(user.role)) : [];
  return (
    <div className="app">
      <a className="skip-link" href="#main">
        {t("app.skipLink")}
      </a>
      <header className="site-header">
        <div className="site-header__inner">
          {/* Named by its visible words (WCAG 2.5.3: a voice user says what they see), then
              "home"; the mark is decoration. */}
          <NavLink to="/" className="brand">
            <span className="brand__mark" lang="zh-Hans" aria-hidden="true">
              责
            </span>
            <span className="brand__name">Zeren</span>{" "}
            <span className="brand__zh" lang="zh-Hans">
              责任
            </span>
            <span className="visually-hidden">{t("app.brandHome")}</span>
          </NavLink>
          <button
            type="button"
            className="button button--small button--ghost site-header__menu-button"
            aria-expanded={isMenuOpen}
            aria-controls={menuId}
            onClick={() => setMenuOpen((open) => !open)}
          >
            {t("app.menu")}
          </button>
          <div
            id={menuId}
            className={isMenuOpen ? "site-header__menu is-open" : "site-header__menu"}
          >
            {entries.length > 0 && (
              <nav className="nav" aria-label={t("nav.label")}>
                {entries.map((entry) => (
                  <NavLink
                    key={entry.to}
                    to={entry.to}
                    end
                    className={() =>
                      entry.isActive(pathname) ? "nav__link is-active" : "nav__link"
                    }
                  >
                    {t(entry.label)}
                  </NavLink>
                ))}
              </nav>
            )}
            <div className="site-header__tools">
              <LanguageSwitch />
              <AccountMenu />
            </div>
          </div>
        </div>
      </header>
      <main id="main" className="main" tabIndex={-1} ref={mainRef}>
        <Outlet />
      </main>
      <ScrollRestoration />
      <footer className="site-footer">
        <p>{t("app.footer")}</p>
      </footer>
    </div>
  );
}
