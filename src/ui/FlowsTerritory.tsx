/**
 * « Indicateurs d’un territoire » of the Flux PMSI tab: any drafted territory of the workbench (the
 * active one selected by default), loaded CPTS or computed basin; the indicators are computed in
 * the analysis worker and follow the edits of a drafted territory. The choice and the indicators
 * (with the communes they were computed for) are kept across tab visits for the loaded data.
 */
import { useEffect, useMemo } from 'react';
import { useAppServices } from '../app/app-services';
import {
  flowsWorker,
  type BasinMethod,
  type BasinResult,
  type FlowsEngine,
  type TerritoryFlows,
} from '../app/flows-services';
import { useKeptState } from '../app/use-kept-state';
import { useDraftedTerritories, type TerritoryOption } from '../app/use-territory-project';
import { METHOD_LABELS } from './FlowsBasins';
import { FlowsBasinComparison } from './FlowsBasinComparison';
import { FlowsIndicators } from './FlowsIndicators';
import { TerritoryOptionGroup } from './TerritoryOptionGroup';

export function FlowsTerritory({
  engine,
  results,
  onError,
  basinsBusy,
  onComputeBasins,
}: {
  engine: FlowsEngine;
  results: Partial<Record<BasinMethod, BasinResult>>;
  onError: (e: unknown) => void;
  basinsBusy: boolean;
  onComputeBasins: () => void;
}) {
  const services = useAppServices();
  const { data } = services;
  const [chosen, setChosen] = useKeptState<string | null>(data, 'flows.territory', null);
  const [computed, setComputed] = useKeptState<{ key: string; flows: TerritoryFlows } | null>(
    data,
    'flows.territory.indicators',
    null,
  );

  const others = useMemo((): TerritoryOption[] => {
    const byCpts = new Map<string, string[]>();
    for (const p of engine.inputs.perimeters)
      byCpts.set(p.perimeterName, [...(byCpts.get(p.perimeterName) ?? []), p.communeCode]);
    const basins = Object.values(results).flatMap((r) =>
      r.basins.map((b) => ({
        key: `${r.method}:${b.id}`,
        label: `${b.name} (${METHOD_LABELS[r.method]})`,
        codes: b.communes,
      })),
    );
    return [
      ...[...byCpts].map(([name, codes]) => ({ key: `cpts:${name}`, label: name, codes })),
      ...basins,
    ];
  }, [engine, results]);
  const { drafts, selected, option } = useDraftedTerritories(services, chosen, others, '');
  const codes = option?.codes ?? null;
  // The indicators shown are those of the communes selected now, never of an earlier choice.
  const key = codes ? `${selected}|${codes.join(',')}` : null;
  const indicators = key !== null && computed?.key === key ? computed.flows : null;

  useEffect(() => {
    if (!codes || key === null || computed?.key === key) return;
    let cancelled = false;
    flowsWorker()
      .computeFlowIndicators(engine.inputs, codes)
      .then((flows) => !cancelled && setComputed({ key, flows }), onError);
    return () => {
      cancelled = true;
    };
    // onError only reports; `computed` is read to skip indicators already computed for `key`.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [engine, key]);

  return (
    <section className="flows-section">
      <h3>Indicateurs d’un territoire</h3>
      <select
        aria-label="Territoire analysé"
        data-testid="flows-territory"
        value={selected}
        onChange={(e) => setChosen(e.target.value)}
      >
        <option value="">— choisir un territoire, une CPTS ou un bassin —</option>
        <TerritoryOptionGroup label="Atelier « Territoire »" options={drafts} />
        {others.map((o) => (
          <option key={o.key} value={o.key}>
            {o.label}
          </option>
        ))}
      </select>
      {indicators && option && <FlowsIndicators flows={indicators} />}
      {indicators && option && (
        <FlowsBasinComparison
          engine={engine}
          codes={option.codes}
          autarcie={indicators.autarcie}
          results={results}
          busy={basinsBusy}
          onCompute={onComputeBasins}
        />
      )}
    </section>
  );
}
