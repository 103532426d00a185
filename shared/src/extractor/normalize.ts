import { Converter } from "opencc-js/t2cn";

/**
 * A normalised copy of the text for matching, one character for one character, so every
 * index found in the copy is an index into the original. Traditional characters become
 * simplified (opencc, per character: a phrase conversion could change lengths), half-width
 * punctuation becomes full-width (，：；！？（）) and full-width digits and letters become
 * ASCII, so the lexicons need one spelling only.
 */
const toSimplifiedTw = Converter({ from: "tw", to: "cn" });
const toSimplifiedT = Converter({ from: "t", to: "cn" });
/** code → simplified code, 0 while unknown: a flat table is much faster than a Map here. */
const simplifiedTable = new Uint16Array(0x10000);

/** Characters opencc would change although they are already simplified (么 → 幺 breaks 要么). */
const KEEP_AS_WRITTEN = new Set([0x4e48]);

function simplify(code: number): number {
  const cached = simplifiedTable[code]!;
  if (cached !== 0) return cached;
  if (KEEP_AS_WRITTEN.has(code)) return (simplifiedTable[code] = code);
  const ch = String.fromCharCode(code);
  let out = toSimplifiedTw(ch);
  if (out.length !== 1 || out === ch) out = toSimplifiedT(ch);
  // A conversion that is not exactly one BMP character would break offsets: keep the original.
  const result = out.length === 1 ? out.charCodeAt(0) : code;
  simplifiedTable[code] = result;
  return result;
}

const HALF_TO_FULL: Record<number, number> = {
  0x2c: 0xff0c, // , → ，
  0x3a: 0xff1a, // : → ：
  0x3b: 0xff1b, // ; → ；
  0x21: 0xff01, // ! → ！
  0x3f: 0xff1f, // ? → ？
  0x28: 0xff08, // ( → （
  0x29: 0xff09, // ) → ）
};

/** Every code unit's normalised form, 0 while not yet computed: one array load per character. */
const NORMALISED = new Uint16Array(0x10000);

/** Maps one UTF-16 code unit to its normalised form. */
export function normaliseCode(code: number): number {
  const known = NORMALISED[code]!;
  if (known !== 0) return known;
  const result = computeNormalised(code);
  NORMALISED[code] = result;
  return result;
}

function computeNormalised(code: number): number {
  if (code < 0x80) return HALF_TO_FULL[code] ?? code;
  if (code === 0xff0e) return 0x2e; // ． → .
  // Full-width digits and letters → ASCII.
  if (
    (code >= 0xff10 && code <= 0xff19) ||
    (code >= 0xff21 && code <= 0xff3a) ||
    (code >= 0xff41 && code <= 0xff5a)
  )
    return code - 0xfee0;
  if (code === 0x3002 || code === 0xff61) return 0x3002; // ｡ → 。
  // CJK ideographs (BMP only; surrogate halves are left alone).
  if (code >= 0x3400 && code <= 0x9fff) return simplify(code);
  return code;
}

const SPACE_TABLE = new Uint8Array(0x10000);
for (let code = 0; code < 0x10000; code++) if (computeIsSpace(code)) SPACE_TABLE[code] = 1;

/** Whitespace, including the ideographic space web copies use for indentation. */
export function isSpace(code: number): boolean {
  return SPACE_TABLE[code] === 1;
}

function computeIsSpace(code: number): boolean {
  return (
    code === 0x20 ||
    code === 0x09 ||
    code === 0x0a ||
    code === 0x0d ||
    code === 0x0b ||
    code === 0x0c ||
    code === 0x3000 ||
    code === 0xa0 ||
    code === 0xfeff ||
    (code >= 0x2000 && code <= 0x200b) ||
    code === 0x2028 ||
    code === 0x2029
  );
}
