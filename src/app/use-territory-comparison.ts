/**
 * The comparison of the active territory with another one of the project, computed in the worker
 * whenever either territory's communes change (null while none is chosen).
 */
import { useEffect, useState } from 'react';
import type { ComparisonRow } from '../core/territory/compare-territories';
import { getAnalysisClient } from '../workers/analysis-client';
import type { Territory } from './territory-store';

export type Comparison = {
  rows: ComparisonRow[];
  onlyA: string[];
  onlyB: string[];
  both: string[];
  nameA: string;
  nameB: string;
};

export function useTerritoryComparison(
  ready: boolean,
  active: Territory | null,
  other: Territory | null,
): Comparison | null {
  const [comparison, setComparison] = useState<Comparison | null>(null);
  const [codesA, codesB] = [active?.codes, other?.codes];
  const [nameA, nameB] = [active?.name ?? '', other?.name ?? ''];
  const same = !!active && active.id === other?.id;
  useEffect(() => {
    if (!ready || !codesA || !codesB || same) {
      setComparison(null);
      return;
    }
    let cancelled = false;
    void getAnalysisClient()
      .compareTerritoryCodes(codesA, codesB)
      .then(
        (c) =>
          !cancelled &&
          setComparison({
            rows: c.rows,
            onlyA: c.onlyA,
            onlyB: c.onlyB,
            both: c.both,
            nameA,
            nameB,
          }),
      );
    return () => {
      cancelled = true;
    };
  }, [ready, codesA, codesB, same, nameA, nameB]);
  return comparison;
}
