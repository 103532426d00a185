import { Link } from "react-router";
import { PageTitle } from "@/components/page-title";

export function NotFoundRoute({ what = "page" }: { what?: string }) {
  return (
    <div className="page page--narrow">
      <PageTitle title="Not found" />
      <h1 className="page__title">Not found</h1>
      <p className="lede">There is no such {what} here. It may have been mistyped, or removed.</p>
      <p>
        <Link to="/" className="button">
          Back to the overview
        </Link>
      </p>
    </div>
  );
}
