import {
  COEFFICIENT_KEYS,
  coefficients,
  type CoefficientKey,
  type CountsTable,
} from "./coefficients";

/**
 * Percentile bootstrap intervals for the coefficients: resample the units (rows) with
 * replacement, recompute, take the 2.5th and 97.5th percentiles of the replicates where the
 * coefficient is defined. Units are what varies between samples of notices; coders stay
 * fixed. Seeded, so the same table always gives the same interval (a dashboard that
 * changed its figures on every reload would not be trusted).
 */

/** Replicates: 1000 puts the percentile ends within about ±0.01 of their limit for κ-like statistics on class-sized tables, and stays under 50 ms for a 500-item tier. */
export const BOOTSTRAP_REPLICATES = 1000;
/** A fixed seed: determinism, not secrecy. */
export const BOOTSTRAP_SEED = 20261130;
export const INTERVAL_LEVEL = 0.95;

export interface Interval {
  low: number;
  high: number;
}

export type Intervals = Record<CoefficientKey, Interval | null>;

/** mulberry32: a small, fast 32-bit generator; plenty for resampling indices. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Type-7 quantile (linear between order statistics) of ascending values. */
export function quantile(sorted: readonly number[], p: number): number {
  const position = (sorted.length - 1) * p;
  const below = Math.floor(position);
  const lower = sorted[below] ?? Number.NaN;
  const upper = sorted[Math.min(below + 1, sorted.length - 1)] ?? lower;
  return lower + (upper - lower) * (position - below);
}

export interface BootstrapOptions {
  replicates?: number;
  seed?: number;
  /** q for AC1 (see coefficients). */
  categories?: number;
}

/**
 * Intervals for the four coefficients of `table`. Only units with at least one coding are
 * resampled (empty rows carry nothing). A coefficient defined in fewer than half of the
 * replicates gets no interval: the percentiles of a few survivors would look precise and
 * mean little.
 */
export function bootstrapIntervals(table: CountsTable, options: BootstrapOptions = {}): Intervals {
  const replicates = options.replicates ?? BOOTSTRAP_REPLICATES;
  const random = seededRandom(options.seed ?? BOOTSTRAP_SEED);
  const rows = table.filter((row) => row.some((n) => n > 0));
  const none: Intervals = { observed: null, fleiss: null, alpha: null, ac1: null };
  if (rows.length === 0 || replicates <= 0) return none;
  const samples: Record<CoefficientKey, number[]> = {
    observed: [],
    fleiss: [],
    alpha: [],
    ac1: [],
  };
  const resampled: (readonly number[])[] = Array.from({ length: rows.length }, () => []);
  for (let r = 0; r < replicates; r++) {
    for (let i = 0; i < rows.length; i++) {
      resampled[i] = rows[Math.floor(random() * rows.length)] ?? [];
    }
    const values = coefficients(resampled, options.categories);
    for (const key of COEFFICIENT_KEYS) {
      const value = values[key];
      if (value !== null) samples[key].push(value);
    }
  }
  const tail = (1 - INTERVAL_LEVEL) / 2;
  const result = { ...none };
  for (const key of COEFFICIENT_KEYS) {
    const values = samples[key];
    if (values.length * 2 < replicates) continue;
    values.sort((x, y) => x - y);
    result[key] = { low: quantile(values, tail), high: quantile(values, 1 - tail) };
  }
  return result;
}
