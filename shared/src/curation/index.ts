export { ANCHOR_CONTEXT_CHARS, anchorFor, resolveAnchor } from "./anchor";
export { snapSpan, splitPoints, type SnapResult, type Span } from "./span";
export { suggestBearer, type BearerSuggestion } from "./suggest-bearer";
