/**
 * The map choice of the « Accès aux soins » tab (our score, the scenario's difference, the DREES APL)
 * and the comparison with the DREES APL (side by side, commune by commune).
 */
import { useState } from 'react';
import type { AccessAnalysis } from '../core/access/analyse-access';
import { colourScores } from '../core/access/access-colouring';
import { compareWithApl } from '../core/access/compare-apl';
import type { AplRecord } from '../core/access/types';
import { AccessAplCompare } from './AccessAplCompare';
import { AccessSideBySide } from './AccessSideBySide';

export type MapMode = 'score' | 'difference' | 'apl';

export function AccessMapAndApl({
  result,
  apl,
  hasChanges,
  mapMode,
  onMapMode,
  professionLabel,
  nameOf,
}: {
  result: AccessAnalysis;
  apl: { name: string; rows: AplRecord[] } | null;
  hasChanges: boolean;
  mapMode: MapMode;
  onMapMode: (mode: MapMode) => void;
  professionLabel: string;
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
      {apl && sideBySide && (
        <AccessSideBySide
          ours={colourScores(
            result.codes,
            result.scores,
            `Notre score : ${professionLabel}`,
            result.unit.label,
          )}
          drees={aplColouring(result.codes, apl.rows)}
          onClose={() => setSideBySide(false)}
        />
      )}
      {apl && (
        <AccessAplCompare
          comparison={compareWithApl(result.codes, result.scores, apl.rows)}
          nameOf={nameOf}
        />
      )}
    </>
  );
}

/** The DREES APL of the communes as a choropleth. */
export function aplColouring(codes: readonly string[], rows: readonly AplRecord[]) {
  const byCode = new Map(rows.map((r) => [r.code, r.apl]));
  return colourScores(
    codes,
    codes.map((c) => byCode.get(c) ?? null),
    'APL DREES (médecins généralistes)',
    'consultations par an et par habitant standardisé (DREES)',
  );
}
