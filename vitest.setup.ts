import { afterEach, beforeEach, vi } from "vitest";

// A test that writes to console.error fails: an error printed is an error unhandled.
let errors: unknown[][] = [];
beforeEach(() => {
  errors = [];
  vi.spyOn(console, "error").mockImplementation((...args: unknown[]) => {
    errors.push(args);
  });
});
afterEach(() => {
  vi.restoreAllMocks();
  if (errors.length > 0) {
    throw new Error(
      `console.error was called:\n${errors.map((a) => a.map(String).join(" ")).join("\n")}`,
    );
  }
});
