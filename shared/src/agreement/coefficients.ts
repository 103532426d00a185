/**
 * Chance-corrected agreement coefficients for nominal data, all read from one counts table:
 * one row per unit (item), one column per category, each cell the number of coders who put
 * the unit in that category. Rows may have different sums: a coder who did not code a unit
 * is simply missing from its row (Krippendorff's "missing values").
 *
 * With m_u codings on unit u, n_uc of them in category c, and U2 the units with m_u ≥ 2:
 *   observed   P̄ = mean over U2 of Σ_c n_uc (n_uc − 1) / (m_u (m_u − 1))      (pairs agreeing)
 *   Fleiss κ     = (P̄ − P̄e) / (1 − P̄e), P̄e = Σ_c p_c², p_c the share of c among the
 *                  codings of U2                                              (see kappa.ts)
 *   Krippendorff α (nominal) = 1 − D_o / D_e over the coincidence matrix of U2:
 *                  o_cc = Σ_u n_uc (n_uc − 1) / (m_u − 1),  n = Σ_u∈U2 m_u,  n_c = Σ_u∈U2 n_uc
 *                  α = 1 − (n − 1) (n − Σ_c o_cc) / (n² − Σ_c n_c²)
 *   Gwet's AC1   = (P̄ − p_e) / (1 − p_e), p_e = Σ_c π_c (1 − π_c) / (q − 1), where
 *                  π_c = mean over the units with m_u ≥ 1 of n_uc / m_u and q is the number
 *                  of categories in the table (all possible ones, not only those used)
 *                  (Gwet, Handbook of Inter-Rater Reliability, ch. on multiple raters with
 *                  missing ratings).
 * Each is null where it is undefined: no unit with two codings, or (κ, α) every coding in
 * one category, or (AC1) a table of one category.
 */

export type CountsTable = readonly (readonly number[])[];

export interface Coefficients {
  /** Share of agreeing pairs of codings (P̄). */
  observed: number | null;
  fleiss: number | null;
  alpha: number | null;
  ac1: number | null;
}

export const COEFFICIENT_KEYS = ["observed", "fleiss", "alpha", "ac1"] as const;
export type CoefficientKey = (typeof COEFFICIENT_KEYS)[number];

/** Floating-point sums that should be exactly equal. */
const EPSILON = 1e-12;

function sum(values: readonly number[]): number {
  let total = 0;
  for (const v of values) total += v;
  return total;
}

/**
 * The four coefficients of one table in one pass. `categories` is the number of possible
 * categories (q of AC1); by default the table's width.
 */
export function coefficients(table: CountsTable, categories?: number): Coefficients {
  const q = categories ?? Math.max(0, ...table.map((row) => row.length));
  const pi: number[] = Array.from({ length: q }, () => 0);
  const perCategory: number[] = Array.from({ length: q }, () => 0);
  let codedUnits = 0;
  let pairableUnits = 0;
  let pairable = 0; // n: codings on units with two or more
  let agreementSum = 0; // Σ P_u over U2
  let coincidentSame = 0; // Σ_c o_cc
  for (const row of table) {
    const m = sum(row);
    if (m === 0) continue;
    codedUnits += 1;
    for (let c = 0; c < row.length; c++) pi[c] = (pi[c] ?? 0) + (row[c] ?? 0) / m;
    if (m < 2) continue;
    pairableUnits += 1;
    pairable += m;
    let same = 0;
    for (let c = 0; c < row.length; c++) {
      const n = row[c] ?? 0;
      same += n * (n - 1);
      perCategory[c] = (perCategory[c] ?? 0) + n;
    }
    agreementSum += same / (m * (m - 1));
    coincidentSame += same / (m - 1);
  }
  if (pairableUnits === 0) return { observed: null, fleiss: null, alpha: null, ac1: null };

  const observed = agreementSum / pairableUnits;
  const squares = sum(perCategory.map((n) => n * n));
  const fleissExpected = squares / (pairable * pairable);
  const fleiss =
    Math.abs(1 - fleissExpected) < EPSILON
      ? null
      : (observed - fleissExpected) / (1 - fleissExpected);
  const spread = pairable * pairable - squares; // n² − Σ n_c²: 0 when one category holds all
  const alpha =
    spread < EPSILON ? null : 1 - ((pairable - 1) * (pairable - coincidentSame)) / spread;
  let ac1: number | null = null;
  if (q >= 2) {
    const gwetExpected = sum(pi.map((p) => (p / codedUnits) * (1 - p / codedUnits))) / (q - 1);
    ac1 = (observed - gwetExpected) / (1 - gwetExpected);
  }
  return { observed, fleiss, alpha, ac1 };
}

/** Krippendorff's α for nominal data (see {@link coefficients}). */
export function krippendorffAlpha(table: CountsTable): number | null {
  return coefficients(table).alpha;
}

/** Gwet's AC1 with `categories` possible categories (default: the table's width). */
export function gwetAc1(table: CountsTable, categories?: number): number | null {
  return coefficients(table, categories).ac1;
}

export interface PairAgreement {
  /** Units both coders coded. */
  units: number;
  /** Share of those units where they chose the same; null with none. */
  agreement: number | null;
  /** Cohen's κ = (p_o − p_e) / (1 − p_e), p_e = Σ_c p_A(c) p_B(c); null when undefined. */
  kappa: number | null;
}

/**
 * Cohen's κ for two coders over the units both coded (null marks a unit a coder left
 * out). Undefined (null) with no common unit or when both used one and the same category.
 */
export function cohenKappa<T>(a: readonly (T | null)[], b: readonly (T | null)[]): PairAgreement {
  const countsA = new Map<T, number>();
  const countsB = new Map<T, number>();
  let units = 0;
  let same = 0;
  const length = Math.min(a.length, b.length);
  for (let i = 0; i < length; i++) {
    const x = a[i] ?? null;
    const y = b[i] ?? null;
    if (x === null || y === null) continue;
    units += 1;
    if (x === y) same += 1;
    countsA.set(x, (countsA.get(x) ?? 0) + 1);
    countsB.set(y, (countsB.get(y) ?? 0) + 1);
  }
  if (units === 0) return { units: 0, agreement: null, kappa: null };
  const observed = same / units;
  let expected = 0;
  for (const [category, count] of countsA) {
    expected += (count / units) * ((countsB.get(category) ?? 0) / units);
  }
  const kappa = Math.abs(1 - expected) < EPSILON ? null : (observed - expected) / (1 - expected);
  return { units, agreement: observed, kappa };
}
