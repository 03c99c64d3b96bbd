/** What-if scenarios: add or remove professionals in a commune picked on the map. */
import { useState } from 'react';
import type { AccessAnalysis, WhatIfChange } from '../core/access/analyse-access';
import type { AccessRollUp } from '../core/access/roll-up';
import { formatNumber } from './format';

export function AccessWhatIf({
  picked,
  nameOf,
  changes,
  onChange,
  result,
  baseline,
  current,
  busy,
}: {
  picked: string | null;
  nameOf: (code: string) => string;
  changes: WhatIfChange[];
  onChange: (change: WhatIfChange | null) => void;
  result: AccessAnalysis;
  baseline: AccessRollUp | null;
  current: AccessRollUp;
  busy: boolean;
}) {
  const [delta, setDelta] = useState(-1);
  const add = (d: number, label: string) =>
    picked && onChange({ communeCode: picked, delta: d, label: `${label} à ${nameOf(picked)}` });
  const i = picked ? result.codes.indexOf(picked) : -1;
  return (
    <section className="access-whatif" data-testid="access-whatif">
      <h4>Scénarios (sans recharger les données)</h4>
      <p className="hint">Cliquez une commune sur la carte pour la choisir.</p>
      <p data-testid="access-picked">
        Commune : <strong>{picked ? nameOf(picked) : 'aucune'}</strong>
        {i >= 0 &&
          ` — offre ${formatNumber(result.supply[i], 1)}, score ${formatNumber(result.scores[i], 2)}`}
      </p>
      <div className="access-whatif-buttons">
        <button
          type="button"
          data-testid="access-whatif-leave"
          disabled={!picked || busy}
          onClick={() => add(-1, 'Départ d’un professionnel')}
        >
          Départ d’un professionnel (−1)
        </button>
        <button
          type="button"
          data-testid="access-whatif-msp"
          disabled={!picked || busy}
          onClick={() => add(4, 'Ouverture d’une MSP avec 4 professionnels')}
        >
          Ouverture d’une MSP (+4)
        </button>
        <label>
          Autre :{' '}
          <input
            type="number"
            step="1"
            value={delta}
            onChange={(e) => setDelta(Number(e.target.value) || 0)}
          />
        </label>
        <button
          type="button"
          disabled={!picked || busy || delta === 0}
          onClick={() => add(delta, `${delta > 0 ? '+' : ''}${delta}`)}
        >
          Appliquer
        </button>
      </div>
      {changes.length > 0 && (
        <>
          <ul data-testid="access-changes">
            {changes.map((c, k) => (
              <li key={k}>{c.label}</li>
            ))}
          </ul>
          {baseline && (
            <p data-testid="access-whatif-effect">
              Score moyen du territoire : {formatNumber(baseline.weightedScore, 3)} →{' '}
              <strong>{formatNumber(current.weightedScore, 3)}</strong> ; population sous le seuil :{' '}
              {formatNumber(baseline.populationBelow)} →{' '}
              <strong>{formatNumber(current.populationBelow)}</strong> hab.
            </p>
          )}
          <button
            type="button"
            data-testid="access-whatif-reset"
            disabled={busy}
            onClick={() => onChange(null)}
          >
            Annuler les scénarios
          </button>
        </>
      )}
    </section>
  );
}
