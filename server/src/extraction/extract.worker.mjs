// The entry of each extraction worker thread. Plain JavaScript on purpose: a worker starts
// without the parent's TypeScript loader in some runs (vitest transforms the parent's code
// itself), so it registers tsx for its own imports, whatever started the server.
import { tsImport } from "tsx/esm/api";

const { documentKey, extractDocument } = await tsImport("@zeren/shared/extractor", import.meta.url);

/** One task: the extraction of a text, with the metadata a person set. */
export default function extract({ text, options }) {
  return extractDocument(text, options);
}

/** The stored id of a text (it reads the whole text too: 0.3 s for 2 MB). */
export function key({ text }) {
  return documentKey(text);
}
