/**
 * Compressed sparse rows (CSR): the row of node `i` is `targets[offsets[i] .. offsets[i + 1])`,
 * with `values` alongside. The storage of the basin methods (flows, adjacency), as in SciPy's
 * `csr_matrix` and networkx's `to_scipy_sparse_array`.
 */
export interface Csr {
  /** Row starts, length rowCount + 1 (the last is the entry count). */
  offsets: Int32Array;
  /** Column (target node index) of each entry. */
  targets: Int32Array;
  /** Value of each entry (stays, weights); all zero when the rows carry none. */
  values: Float64Array;
}

/**
 * Groups entries (source, target, value) into rows by source with a stable counting sort: inside a
 * row, entries keep their input order. Entries with a negative source or target are left out.
 * Linear in entries + rows (Gustavson, « Two fast algorithms for sparse matrices: multiplication
 * and permuted transposition », ACM TOMS 1978;4(3):250–269).
 *
 * @param rowCount number of rows (sources lie in [0, rowCount))
 * @param count number of entries to read from the arrays
 * @example groupRows(2, Int32Array.of(1, 0), Int32Array.of(0, 1), Float64Array.of(5, 7), 2)
 * // => offsets [0, 1, 2], targets [1, 0], values [7, 5]
 */
export function groupRows(
  rowCount: number,
  sources: Int32Array,
  targets: Int32Array,
  values: Float64Array | null,
  count: number,
): Csr {
  const offsets = new Int32Array(rowCount + 1);
  for (let k = 0; k < count; k++) {
    const s = sources[k] as number;
    if (s >= 0 && (targets[k] as number) >= 0) offsets[s + 1]! += 1;
  }
  for (let i = 0; i < rowCount; i++) offsets[i + 1]! += offsets[i] as number;
  const size = offsets[rowCount] as number;
  const outTargets = new Int32Array(size);
  const outValues = new Float64Array(size);
  const next = offsets.slice(0, rowCount);
  for (let k = 0; k < count; k++) {
    const s = sources[k] as number;
    const t = targets[k] as number;
    if (s < 0 || t < 0) continue;
    const at = next[s]!++;
    outTargets[at] = t;
    if (values) outValues[at] = values[k] as number;
  }
  return { offsets, targets: outTargets, values: outValues };
}

/**
 * Rows sorted by target, entries with the same source and target merged (values summed in input
 * order, so the sums do not depend on how the rows were sorted). Two stable counting sorts
 * (least significant key first, Knuth TAOCP vol. 3 § 5.2.5), linear in entries + rows.
 *
 * @param columnCount number of possible targets
 * @example sortRows(groupRows(1, Int32Array.of(0, 0, 0), Int32Array.of(2, 1, 2), Float64Array.of(1, 2, 3), 3), 3)
 * // => offsets [0, 2], targets [1, 2], values [2, 4]
 */
export function sortRows(csr: Csr, columnCount: number): Csr {
  const rowCount = csr.offsets.length - 1;
  const size = csr.targets.length;
  const rows = new Int32Array(size);
  for (let i = 0; i < rowCount; i++) rows.fill(i, csr.offsets[i], csr.offsets[i + 1]);
  // By target (stable), then by row (stable): rows sorted by target, equal pairs in input order.
  const byTarget = groupRows(columnCount, csr.targets, rows, csr.values, size);
  const sourceOf = new Int32Array(size);
  for (let t = 0; t < columnCount; t++)
    sourceOf.fill(t, byTarget.offsets[t], byTarget.offsets[t + 1]);
  const sorted = groupRows(rowCount, byTarget.targets, sourceOf, byTarget.values, size);
  const offsets = new Int32Array(rowCount + 1);
  const targets = new Int32Array(size);
  const values = new Float64Array(size);
  let out = 0;
  for (let i = 0; i < rowCount; i++) {
    offsets[i] = out;
    let last = -1;
    for (let k = sorted.offsets[i] as number; k < (sorted.offsets[i + 1] as number); k++) {
      const t = sorted.targets[k] as number;
      if (t === last) values[out - 1]! += sorted.values[k] as number;
      else {
        targets[out] = t;
        values[out] = sorted.values[k] as number;
        out += 1;
        last = t;
      }
    }
  }
  offsets[rowCount] = out;
  return { offsets, targets: targets.slice(0, out), values: values.slice(0, out) };
}
