import { ckmeans, quantileSorted } from 'simple-statistics';

/** Class-break methods offered to the user. */
export type ClassMethod = 'quantile' | 'jenks' | 'equal';

/** Breaks of a choropleth: `breaks` has k+1 ascending edges, from the minimum to the maximum. */
export interface ClassBreaks {
  method: ClassMethod;
  breaks: number[];
  /** Number of finite values classified (nulls and NaN are left out and shown as « pas de donnée »). */
  count: number;
}

/**
 * Computes k class breaks for a choropleth.
 *
 * - `quantile`: equal counts per class (edges are sample quantiles, R type 7);
 * - `jenks`: natural breaks, computed exactly with Ckmeans.1d.dp (Wang & Song 2011, "Ckmeans.1d.dp:
 *   Optimal k-means clustering in one dimension by dynamic programming", The R Journal 3/2), which
 *   minimises the same within-class sum of squares as Jenks (1977) without its heuristics;
 * - `equal`: equal intervals between the minimum and the maximum.
 *
 * Duplicate edges are removed, so fewer than k classes come back when the data has fewer distinct
 * values than k (`classValues` says so in the legend); when an inner edge falls on the maximum, the
 * last class is the maximum alone (`[max, max]`).
 *
 * @example computeClassBreaks([1, 2, 3, 10, 11, 12], 'jenks', 2).breaks // [1, 10, 12]
 */
export function computeClassBreaks(
  values: ReadonlyArray<number | null | undefined>,
  method: ClassMethod,
  k: number,
): ClassBreaks {
  const sorted = values
    .filter((v): v is number => typeof v === 'number' && Number.isFinite(v))
    .sort((a, b) => a - b);
  if (sorted.length === 0) return { method, breaks: [], count: 0 };
  const min = sorted[0] as number;
  const max = sorted[sorted.length - 1] as number;
  const distinct = new Set(sorted).size;
  const wanted = Math.max(1, Math.floor(k));
  // Quantile and Jenks cannot make more classes than there are distinct values.
  const classes = distinct === 1 ? 1 : method === 'equal' ? wanted : Math.min(wanted, distinct);
  let inner: number[];
  if (classes === 1) inner = [];
  else if (method === 'quantile') inner = quantileEdges(sorted, classes);
  else if (method === 'jenks') inner = jenksEdges(sorted, classes);
  else
    inner = Array.from({ length: classes - 1 }, (_, i) => min + ((max - min) * (i + 1)) / classes);
  const breaks = dedupe([min, ...inner, max]);
  // An inner edge at the maximum means the top class is the maximum alone: keep it as [max, max]
  // (classIndexOf puts the maximum in the last, closed class) rather than merging it downwards.
  if (breaks.length === 1 || inner.some((edge) => edge >= max)) breaks.push(max);
  return { method, breaks, count: sorted.length };
}

/** Index of the class of `value` (0-based), or -1 for a missing value. The last class is closed. */
export function classIndexOf(value: number | null | undefined, breaks: readonly number[]): number {
  if (typeof value !== 'number' || !Number.isFinite(value) || breaks.length < 2) return -1;
  const last = breaks.length - 2;
  for (let i = 0; i < last; i++) if (value < (breaks[i + 1] as number)) return i;
  return last;
}

function quantileEdges(sorted: number[], classes: number): number[] {
  return Array.from({ length: classes - 1 }, (_, i) => quantileSorted(sorted, (i + 1) / classes));
}

function jenksEdges(sorted: number[], classes: number): number[] {
  // Each cluster's first value is the lower edge of its class.
  return ckmeans(sorted, classes)
    .slice(1)
    .map((cluster) => cluster[0] as number);
}

function dedupe(edges: number[]): number[] {
  return edges.filter((v, i) => i === 0 || v > (edges[i - 1] as number));
}
