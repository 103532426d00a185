import { afterEach } from "vitest";
import { cleanup } from "@testing-library/react";

// jsdom has no layout, so no scrolling: React Router's <ScrollRestoration> calls scrollTo.
window.scrollTo = () => undefined;

// Vitest runs without globals, so Testing Library cannot register its own cleanup.
afterEach(() => cleanup());
