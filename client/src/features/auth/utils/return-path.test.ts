import { describe, expect, it } from "vitest";
import { safeReturnPath, signInPath } from "./return-path";

describe("return path after sign-in", () => {
  it("follows only this app's own paths (no open redirect), never back to sign-in or setup", () => {
    expect(safeReturnPath("/tiers/member?type=reporting")).toBe("/tiers/member?type=reporting");
    expect(safeReturnPath("//evil.example/x")).toBe("/");
    expect(safeReturnPath("https://evil.example")).toBe("/");
    expect(safeReturnPath("/\\evil.example")).toBe("/");
    expect(safeReturnPath("/sign-in?next=/x")).toBe("/");
    expect(safeReturnPath("/setup#token=abc", "/exercises")).toBe("/exercises");
    expect(safeReturnPath(null, "/exercises")).toBe("/exercises");
  });

  it("keeps the page, its filters and its anchor in ?next=", () => {
    expect(signInPath({ pathname: "/summary/member", search: "?q=报告", hash: "#x" })).toBe(
      `/sign-in?next=${encodeURIComponent("/summary/member?q=报告#x")}`,
    );
    expect(signInPath({ pathname: "/", search: "" })).toBe("/sign-in");
  });
});
