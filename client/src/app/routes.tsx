import type { RouteObject } from "react-router";
import { RequireSession } from "@/features/auth/components/require-session";
import { HOME_BY_ROLE } from "./paths";
import { RootLayout } from "./routes/root-layout";
import { RouteError } from "./routes/route-error";
import { RoleHomeRoute } from "./routes/role-home";
import { TierRoute } from "./routes/tier";
import { ItemRoute } from "./routes/item";
import { SummaryRoute } from "./routes/summary";
import { SignInRoute } from "./routes/sign-in";
import { SetupRoute } from "./routes/setup";
import { NotFoundRoute } from "./routes/not-found";
import { JoinRoute } from "./routes/join";
import { lazyPage } from "./lazy-page";

/*
 * Heavy pages load on first visit (see lazy-page.tsx): the dashboard's charts, the .docx
 * reader on the import page and the exercise screens stay out of the first download.
 */
const exerciseList = lazyPage(() => import("./routes/exercise-list"), "ExerciseListRoute");
const exerciseNew = lazyPage(() => import("./routes/exercise-new"), "ExerciseNewRoute");
const exercise = lazyPage(() => import("./routes/exercise"), "ExerciseRoute");
const exerciseAdjudication = lazyPage(
  () => import("./routes/exercise-adjudication"),
  "ExerciseAdjudicationRoute",
);
const exerciseSummary = lazyPage(() => import("./routes/exercise-summary"), "ExerciseSummaryRoute");
const importPage = lazyPage(() => import("./routes/import"), "ImportRoute");
const documentPage = lazyPage(() => import("./routes/document"), "DocumentRoute");
const accuracyPage = lazyPage(() => import("./routes/accuracy"), "AccuracyRoute");
const searchPage = lazyPage(() => import("./routes/search"), "SearchRoute");

/*
 * The route table, in three lists by who may open a page. Add a page to the list it belongs
 * to; the guards around each list do the rest (the server checks every request anyway).
 */

/** Anyone, signed in or not: signing in, first start, joining an exercise by its link. */
const publicPages: RouteObject[] = [
  { path: "sign-in", element: <SignInRoute /> },
  { path: "setup", element: <SetupRoute /> },
  { path: "join/:token", element: <JoinRoute /> },
];

/** Any signed-in user, instructor or participant (exercises, a participant's reviews). */
const signedInPages: RouteObject[] = [
  // "/" is the role's home: the overview for instructors, their exercises for participants.
  { index: true, element: <RoleHomeRoute /> },
  { path: "exercises", element: exerciseList },
  // The instructor's dashboard or the participant's work, as the server's `access` says.
  { path: "exercises/:id", element: exercise },
];

/** The catalogue and its tools: instructors only. */
const instructorPages: RouteObject[] = [
  { path: "tiers/:level", element: <TierRoute /> },
  { path: "items/:id", element: <ItemRoute /> },
  { path: "documents/:id", element: documentPage },
  { path: "accuracy", element: accuracyPage },
  { path: "search", element: searchPage },
  { path: "summary/:level", element: <SummaryRoute /> },
  { path: "import", element: importPage },
  { path: "exercises/new", element: exerciseNew },
  { path: "exercises/:id/adjudication", element: exerciseAdjudication },
  { path: "exercises/:id/summary", element: exerciseSummary },
];

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
          ...publicPages,
          {
            element: <RequireSession />,
            children: [
              ...signedInPages,
              {
                element: <RequireSession role="instructor" home={HOME_BY_ROLE.participant} />,
                children: instructorPages,
              },
            ],
          },
          { path: "*", element: <NotFoundRoute /> },
        ],
      },
    ],
  },
];
