import { defineConfig } from "vite";
import react from "@vitejs/plugin-react";
import { precompress } from "./precompress";

/** "@/…" is client/src (mirrors "paths" in tsconfig.json). */
export const alias = { "@": decodeURIComponent(new URL("./src", import.meta.url).pathname) };

// In development the API runs separately (npm run dev -w server, port 3000) and Vite proxies
// /api to it; in production the server serves client/dist from the same origin.
export default defineConfig({
  plugins: [react(), precompress()],
  resolve: { alias },
  server: {
    port: 5173,
    proxy: { "/api": { target: "http://localhost:3000" } },
  },
  // "hidden": maps are written for whoever debugs a build, with no comment pointing at them;
  // the server never serves .map files, so the source is not published.
  build: { outDir: "dist", emptyOutDir: true, sourcemap: "hidden" },
});
