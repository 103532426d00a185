import { useEffect, useRef } from "react";
import { NavLink, Outlet, ScrollRestoration, useLocation, type NavLinkProps } from "react-router";

function NavItem(props: NavLinkProps & { children: string }) {
  return (
    <NavLink
      {...props}
      className={({ isActive }) => (isActive ? "nav__link is-active" : "nav__link")}
    />
  );
}

/** The frame of every page: skip link, header navigation, main landmark, footer. */
export function RootLayout() {
  const { pathname } = useLocation();
  const mainRef = useRef<HTMLElement>(null);
  const previousPath = useRef(pathname);

  // A new page (not a filter change): move focus to its content, so keyboard and screen
  // reader users start there instead of on the link they left behind.
  useEffect(() => {
    if (previousPath.current === pathname) return;
    previousPath.current = pathname;
    mainRef.current?.focus();
  }, [pathname]);

  const isTiers =
    pathname === "/" || pathname.startsWith("/tiers/") || pathname.startsWith("/items/");
  return (
    <div className="app">
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <header className="site-header">
        <div className="site-header__inner">
          <NavLink to="/" className="brand" aria-label="Zeren, overview">
            <span className="brand__mark" lang="zh-Hans" aria-hidden="true">
              责
            </span>
            <span className="brand__name">Zeren</span>
            <span className="brand__zh" lang="zh-Hans" aria-hidden="true">
              责任
            </span>
          </NavLink>
          <nav className="nav" aria-label="Main">
            <NavLink to="/" end className={() => (isTiers ? "nav__link is-active" : "nav__link")}>
              Tiers
            </NavLink>
            <NavItem to="/import">Import</NavItem>
            <NavLink
              to="/summary/committee"
              className={() =>
                pathname.startsWith("/summary/") ? "nav__link is-active" : "nav__link"
              }
            >
              Summaries
            </NavLink>
          </nav>
        </div>
      </header>
      <main id="main" className="main" tabIndex={-1} ref={mainRef}>
        <Outlet />
      </main>
      <ScrollRestoration />
      <footer className="site-footer">
        <p>
          Zeren turns directive notices into checklists of responsibility items. Every item links to
          the words it came from.
        </p>
      </footer>
    </div>
  );
}
