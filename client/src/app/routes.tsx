import type { RouteObject } from "react-router";
import { RootLayout } from "./routes/root-layout";
import { RouteError } from "./routes/route-error";
import { HomeRoute } from "./routes/home";
import { TierRoute } from "./routes/tier";
import { ItemRoute } from "./routes/item";
import { SummaryRoute } from "./routes/summary";
import { ImportRoute } from "./routes/import";
import { NotFoundRoute } from "./routes/not-found";

/** Every page of the app; shared by the browser router and the tests' memory router. */
export const routes: RouteObject[] = [
  {
    path: "/",
    element: <RootLayout />,
    errorElement: <RouteError />,
    children: [
      {
        errorElement: <RouteError />,
        children: [
          { index: true, element: <HomeRoute /> },
          { path: "tiers/:level", element: <TierRoute /> },
          { path: "items/:id", element: <ItemRoute /> },
          { path: "summary/:level", element: <SummaryRoute /> },
          { path: "import", element: <ImportRoute /> },
          { path: "*", element: <NotFoundRoute /> },
        ],
      },
    ],
  },
];
