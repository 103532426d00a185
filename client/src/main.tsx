import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { App } from "./app";
import { detectLanguage, initI18n } from "./lib/i18n";
import "./styles/tokens.css";
import "./styles/base.css";
import "./styles/layout.css";
import "./styles/components.css";
import "./styles/shell.css";
import "./styles/source.css";
import "./styles/curation.css";
import "./styles/notice.css";
import "./styles/search.css";
import "./styles/responsive.css";
import "./styles/print.css";

const root = document.getElementById("root");
if (!root) throw new Error("index.html has no #root element");

// Before the first render: strings are bundled, so the first paint is in the right language.
initI18n(detectLanguage());

createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
