import { afterEach, beforeEach } from "vitest";
import { cleanup, configure } from "@testing-library/react";
import { initTestI18n } from "./i18n";

// The heavy pages are lazy routes: their module is transformed on first visit, which takes
// over a second when every test file runs at once. findBy…/waitFor wait for it.
configure({ asyncUtilTimeout: 5000 });

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
