/**
 * Fleiss' kappa: how far a group of raters agree on a categorical judgement beyond what
 * chance would give, for any number of raters per item.
 *
 * With n_i raters on item i and n_ij of them choosing category j:
 *   P_i  = Σ_j n_ij (n_ij − 1) / (n_i (n_i − 1))        agreement among the pairs of item i
 *   P̄    = mean of P_i over the items
 *   p_j  = Σ_i n_ij / Σ_i n_i                           share of all ratings in category j
 *   P̄e   = Σ_j p_j²                                      agreement expected by chance
 *   κ    = (P̄ − P̄e) / (1 − P̄e)
 * This is Fleiss (1971) with n_i in place of a constant n, the usual generalisation when
 * raters skip items. Items with fewer than two ratings have no pairs and are left out of
 * every term (also of p_j), so one lone coding does not move the chance level.
 */
export interface KappaResult {
  /** Null when undefined: no item with two ratings, or every rating in one category (P̄e = 1). */
  kappa: number | null;
  /** Items that counted (two or more ratings). */
  items: number;
  /** Ratings on the items that counted. */
  ratings: number;
  /** P̄, the observed pairwise agreement; null when no item counted. */
  observed: number | null;
  /** P̄e, the agreement expected by chance; null when no item counted. */
  expected: number | null;
}

/**
 * Kappa over a table of counts: one row per item, one column per category, each cell the
 * number of raters who put the item in that category. Rows may have different sums.
 */
export function fleissKappa(table: readonly (readonly number[])[]): KappaResult {
  const rows = table.filter((row) => sum(row) >= 2);
  if (rows.length === 0) {
    return { kappa: null, items: 0, ratings: 0, observed: null, expected: null };
  }
  const categories = Math.max(...rows.map((row) => row.length));
  const perCategory: number[] = Array.from({ length: categories }, () => 0);
  let ratings = 0;
  let agreementSum = 0;
  for (const row of rows) {
    const n = sum(row);
    ratings += n;
    let pairsAgreeing = 0;
    row.forEach((count, j) => {
      pairsAgreeing += count * (count - 1);
      perCategory[j] = (perCategory[j] ?? 0) + count;
    });
    agreementSum += pairsAgreeing / (n * (n - 1));
  }
  const observed = agreementSum / rows.length;
  const expected = perCategory.reduce((acc, count) => acc + (count / ratings) ** 2, 0);
  // Everyone used one category everywhere: chance alone explains it, kappa is 0/0.
  const kappa = isOne(expected) ? null : (observed - expected) / (1 - expected);
  return { kappa, items: rows.length, ratings, observed, expected };
}

/** The counts table for `fleissKappa` from the labels each item received. */
export function countsTable<T>(
  ratingsPerItem: readonly (readonly T[])[],
  categories: readonly T[],
): number[][] {
  return ratingsPerItem.map((labels) =>
    categories.map((category) => labels.filter((label) => label === category).length),
  );
}

function sum(values: readonly number[]): number {
  return values.reduce((acc, v) => acc + v, 0);
}

/** Floating-point sums of squares of shares that should be exactly 1. */
function isOne(value: number): boolean {
  return Math.abs(value - 1) < 1e-12;
}
