import { useEffect, useState, type ReactNode } from "react";
import { QueryClientProvider, type QueryClient } from "@tanstack/react-query";
import { forgetSession } from "@/features/auth/api/get-session";
import { setUnauthenticatedHandler } from "@/lib/api-client";
import { createQueryClient } from "@/lib/query-client";

/** App-wide providers; tests pass their own QueryClient (retries off). */
export function AppProvider({ children, client }: { children: ReactNode; client?: QueryClient }) {
  const [queryClient] = useState(() => client ?? createQueryClient());
  // A 401 anywhere means the session ended: forget it, and the route guard sends the reader
  // to sign in, keeping the page they were on.
  useEffect(() => {
    setUnauthenticatedHandler(() => forgetSession(queryClient));
    return () => setUnauthenticatedHandler(undefined);
  }, [queryClient]);
  return <QueryClientProvider client={queryClient}>{children}</QueryClientProvider>;
}
