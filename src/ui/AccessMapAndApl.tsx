/**
 * The map choice of the « Accès aux soins » tab (our score, the scenario's difference, the DREES APL)
 * and the comparison with the DREES APL (side by side, commune by commune).
 */
import { useState } from 'react';
import type { AccessMapMode } from '../app/use-access-analysis';
import type { AccessColouring } from '../core/access/access-colouring';
import type { AplComparison } from '../core/access/compare-apl';
import { AccessAplCompare } from './AccessAplCompare';
import { AccessSideBySide } from './AccessSideBySide';

export type MapMode = AccessMapMode;

export function AccessMapAndApl({
  apl,
  comparison,
  sideBySide: colourings,
  hasChanges,
  mapMode,
  onMapMode,
  nameOf,
}: {
  apl: { name: string } | null;
  /** Our scores against the APL rows (computed by `useAccessAnalysis`). */
  comparison: AplComparison | null;
  /** The two choropleths shown side by side. */
  sideBySide: { ours: AccessColouring; drees: AccessColouring } | null;
  hasChanges: boolean;
  mapMode: MapMode;
  onMapMode: (mode: MapMode) => void;
  nameOf: (code: string) => string;
}) {
  const [sideBySide, setSideBySide] = useState(false);
  return (
    <>
      <div className="access-map-mode">
        Carte :{' '}
        {(['score', 'difference', 'apl'] as const).map((m) => (
          <label key={m}>
            <input
              type="radio"
              name="access-map-mode"
              data-testid={`access-map-${m}`}
              checked={mapMode === m}
              disabled={(m === 'difference' && !hasChanges) || (m === 'apl' && !apl)}
              onChange={() => onMapMode(m)}
            />{' '}
            {m === 'score'
              ? 'notre score'
              : m === 'difference'
                ? 'différence (scénario)'
                : 'APL DREES'}
          </label>
        ))}
      </div>
      {apl && (
        <button type="button" data-testid="access-sbs-open" onClick={() => setSideBySide(true)}>
          Comparer côte à côte avec l’APL DREES
        </button>
      )}
      {colourings && sideBySide && (
        <AccessSideBySide
          ours={colourings.ours}
          drees={colourings.drees}
          onClose={() => setSideBySide(false)}
        />
      )}
      {comparison && <AccessAplCompare comparison={comparison} nameOf={nameOf} />}
    </>
  );
}
