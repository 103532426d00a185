import { afterEach, beforeEach } from "vitest";
import { cleanup } from "@testing-library/react";
import { initTestI18n } from "./i18n";

// jsdom has no layout, so no scrolling: React Router's <ScrollRestoration> calls scrollTo.
window.scrollTo = () => undefined;

// Every test starts in English, whatever a previous test switched to.
initTestI18n();
beforeEach(() => {
  initTestI18n();
  window.localStorage.clear();
});

// Vitest runs without globals, so Testing Library cannot register its own cleanup.
afterEach(() => cleanup());
