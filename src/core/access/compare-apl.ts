/**
 * Comparison of our score with the published DREES APL (DOMAIN.md section 3.7): pairs of values
 * per commune, Pearson correlation and the communes that differ most.
 */
import { sampleCorrelation } from 'simple-statistics';
import type { AplRecord } from './types';

/** One commune present in both. */
export interface AplPair {
  code: string;
  ours: number;
  drees: number;
  /** ours − drees. */
  difference: number;
}

/** Result of {@link compareWithApl}. */
export interface AplComparison {
  pairs: AplPair[];
  /** Pearson correlation of ours vs DREES; null with fewer than 3 pairs or no variance. */
  correlation: number | null;
  /** Pairs sorted by decreasing |difference|. */
  largest: AplPair[];
  /** Our communes without an APL value (absent or masked). */
  missingInApl: number;
}

/**
 * Pairs our scores with the APL (`apl`, or a variant ≤ 65/62/60 years) commune by commune.
 *
 * @example compareWithApl(['96001'], [3], [{ code: '96001', apl: 2.5, … }], 'apl').largest[0].difference; // 0.5
 */
export function compareWithApl(
  codes: readonly string[],
  scores: ArrayLike<number>,
  apl: readonly AplRecord[],
  variant: 'apl' | 'apl65' | 'apl62' | 'apl60' = 'apl',
  top = 10,
): AplComparison {
  const byCode = new Map(apl.map((r) => [r.code, r[variant]]));
  const pairs: AplPair[] = [];
  let missing = 0;
  codes.forEach((code, i) => {
    const d = byCode.get(code);
    if (d === null || d === undefined) {
      missing += 1;
      return;
    }
    const ours = scores[i] as number;
    pairs.push({ code, ours, drees: d, difference: ours - d });
  });
  let correlation: number | null = null;
  if (pairs.length >= 3) {
    const r = sampleCorrelation(
      pairs.map((p) => p.ours),
      pairs.map((p) => p.drees),
    );
    correlation = Number.isFinite(r) ? r : null;
  }
  const largest = [...pairs]
    .sort((a, b) => Math.abs(b.difference) - Math.abs(a.difference) || a.code.localeCompare(b.code))
    .slice(0, top);
  return { pairs, correlation, largest, missingInApl: missing };
}
