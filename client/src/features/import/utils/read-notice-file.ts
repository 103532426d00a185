import { ACCEPTED_FILE_EXTENSIONS } from "@zeren/shared/contract";
import { translate } from "@/lib/i18n";

/** A file the browser could not turn into notice text; the message is for the reader. */
export class NoticeFileError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "NoticeFileError";
  }
}

export function hasAcceptedExtension(fileName: string): boolean {
  const lower = fileName.toLowerCase();
  return ACCEPTED_FILE_EXTENSIONS.some((ext) => lower.endsWith(ext));
}

/**
 * Decodes a .txt file: UTF-8 first; notices saved on Chinese Windows are often GB18030
 * (GBK), so that is tried next. If neither decodes cleanly the lossy UTF-8 text is returned
 * and the server refuses it as binary, with its own message.
 */
export function decodeText(bytes: ArrayBuffer): string {
  for (const encoding of ["utf-8", "gb18030"]) {
    try {
      return new TextDecoder(encoding, { fatal: true }).decode(bytes);
    } catch {
      // Not this encoding (or the browser does not know it): try the next.
    }
  }
  return new TextDecoder("utf-8").decode(bytes);
}

/** Reads an uploaded notice as text: .txt decoded, .docx converted in the browser by mammoth. */
export async function readNoticeFile(file: File): Promise<string> {
  if (!hasAcceptedExtension(file.name)) {
    throw new NoticeFileError(translate("import:file.wrongType", { name: file.name }));
  }
  const bytes = await file.arrayBuffer();
  if (file.name.toLowerCase().endsWith(".txt")) return decodeText(bytes);
  try {
    // Loaded on demand: mammoth is large and only this path needs it.
    const { default: mammoth } = await import("mammoth");
    const result = await mammoth.extractRawText({ arrayBuffer: bytes });
    return result.value;
  } catch {
    throw new NoticeFileError(translate("import:file.badDocx", { name: file.name }));
  }
}
