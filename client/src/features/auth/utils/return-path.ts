/**
 * Where to go after signing in. Only a path of this app is followed: "//evil.example" or
 * "https://…" in ?next= would make the sign-in page an open redirect.
 */
export function safeReturnPath(next: string | null | undefined, fallback = "/"): string {
  if (!next || !next.startsWith("/") || next.startsWith("//") || next.startsWith("/\\")) {
    return fallback;
  }
  // Never back to the sign-in or setup pages themselves.
  if (/^\/(sign-in|setup)(?=$|[/?#])/.test(next)) return fallback;
  return next;
}

/** /sign-in?next=<where the reader was>, for the guard and the 401 handler. */
export function signInPath(location: { pathname: string; search: string; hash?: string }): string {
  const here = `${location.pathname}${location.search}${location.hash ?? ""}`;
  const next = safeReturnPath(here, "");
  return next && next !== "/" ? `/sign-in?next=${encodeURIComponent(next)}` : "/sign-in";
}
