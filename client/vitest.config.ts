import { defineConfig } from "vitest/config";
import react from "@vitejs/plugin-react";
import { alias } from "./vite.config";

export default defineConfig({
  plugins: [react()],
  resolve: { alias },
  test: {
    environment: "jsdom",
    include: ["src/**/*.test.{ts,tsx}"],
    // The repository-wide setup fails any test that writes to console.error.
    setupFiles: ["../vitest.setup.ts", "./src/testing/setup.ts"],
  },
});
