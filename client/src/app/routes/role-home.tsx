import { Navigate } from "react-router";
import { useSessionUser } from "@/features/auth/api/get-session";
import { HOME_BY_ROLE } from "../paths";
import { HomeRoute } from "./home";

/** "/": instructors see the catalogue's overview; participants go to their exercises. */
export function RoleHomeRoute() {
  const user = useSessionUser();
  if (user?.role === "participant") return <Navigate to={HOME_BY_ROLE.participant} replace />;
  return <HomeRoute />;
}
