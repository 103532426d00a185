import { describe, expect, it } from "vitest";
import { loadConfig } from "../src/config";

/* Pure: loadConfig reads the environment object it is given, not process.env. */

describe("the origin of links handed to people (PAGES_ORIGIN)", () => {
  it("when APP_URL is set, then links use its origin in every environment", () => {
    for (const NODE_ENV of ["development", "production", "test"]) {
      const config = loadConfig({ NODE_ENV, APP_URL: "https://zeren.example.org/ignored/path" });
      expect(config.APP_URL).toBe("https://zeren.example.org");
      expect(config.PAGES_ORIGIN).toBe("https://zeren.example.org");
    }
  });

  it("when development runs without APP_URL, then links open Vite's dev server while the API keeps its own port", () => {
    const config = loadConfig({ NODE_ENV: "development", PORT: "3000" });
    expect(config.PAGES_ORIGIN).toBe("http://localhost:5173");
    expect(config.APP_URL).toBe("http://localhost:3000");
    expect(config.TRUSTED_ORIGINS).toEqual(["http://localhost:3000", "http://localhost:5173"]);
  });

  it("when production runs without APP_URL, then links point at the server's own port", () => {
    const config = loadConfig({ NODE_ENV: "production", PORT: "4100" });
    expect(config.PAGES_ORIGIN).toBe("http://localhost:4100");
    expect(config.APP_URL).toBe("http://localhost:4100");
  });
});

describe("TRUST_PROXY (Express's trust proxy)", () => {
  it("when it is unset, empty or false, then no proxy is believed", () => {
    for (const TRUST_PROXY of [undefined, "", "false", "0"]) {
      expect(loadConfig({ TRUST_PROXY }).TRUST_PROXY).toBe(false);
    }
  });

  it("when it is a number or a list, then it is a hop count or the addresses to trust", () => {
    expect(loadConfig({ TRUST_PROXY: "1" }).TRUST_PROXY).toBe(1);
    expect(loadConfig({ TRUST_PROXY: "loopback, 10.0.0.0/8" }).TRUST_PROXY).toEqual([
      "loopback",
      "10.0.0.0/8",
    ]);
  });

  it("when it is true, then start is refused: any client could pick its own address", () => {
    expect(() => loadConfig({ TRUST_PROXY: "true" })).toThrow(/TRUST_PROXY: believing every proxy/);
  });
});
