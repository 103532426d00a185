import { render } from "@testing-library/react";
import { QueryClient } from "@tanstack/react-query";
import { createMemoryRouter, RouterProvider } from "react-router";
import type { SessionResponse, SessionUser } from "@zeren/shared/contract";
import { AppProvider } from "@/app/provider";
import { routes } from "@/app/routes";
import { sessionKeys } from "@/features/auth/api/get-session";

export const TEST_INSTRUCTOR: SessionUser = {
  id: "user-instructor",
  name: "Wang Lan",
  email: "wang.lan@example.edu",
  role: "instructor",
  locale: "en",
};

export const TEST_PARTICIPANT: SessionUser = {
  id: "user-participant",
  name: "Li Ming",
  email: "li.ming@example.edu",
  role: "participant",
  locale: "en",
};

interface RenderRouteOptions {
  /** Who is signed in (default: an instructor); null renders signed out. */
  user?: SessionUser | null;
  setupRequired?: boolean;
  /** Whether the user is the administrator (default: yes for an instructor). */
  administrator?: boolean;
}

/**
 * Renders the real route table at `path` with a fresh QueryClient (no retries, no cache),
 * the session already known (as after GET /api/session), so a test is about its page.
 */
export function renderRoute(path: string, options: RenderRouteOptions = {}) {
  const queryClient = new QueryClient({
    defaultOptions: { queries: { retry: false, gcTime: Infinity }, mutations: { retry: false } },
  });
  const session: SessionResponse = {
    user: options.user === undefined ? TEST_INSTRUCTOR : options.user,
    setupRequired: options.setupRequired ?? false,
    administrator:
      options.administrator ?? (options.user === undefined || options.user?.role === "instructor"),
  };
  queryClient.setQueryData(sessionKeys.current, session);
  const router = createMemoryRouter(routes, { initialEntries: [path] });
  const utils = render(
    <AppProvider client={queryClient}>
      <RouterProvider router={router} />
    </AppProvider>,
  );
  return { ...utils, router, queryClient };
}
