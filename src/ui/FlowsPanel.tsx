/**
 * The « Flux PMSI » tab: indicators of a territory (`FlowsTerritory`), flow map, « destination principale »
 * choropleths, recruitment basin of an establishment, basins by two methods and « Proposer un
 * territoire ». Analyses run in the analysis worker; nothing leaves the machine.
 */
import { useEffect, useMemo } from 'react';
import { useAppServices } from '../app/app-services';
import { useKeptState } from '../app/use-kept-state';
import { ALLOCATION_METHOD_LABELS } from '../core/flows/zone-kind';
import {
  clearFlowLayers,
  drawFlowLayers,
  flowsWorker,
  getFlowsEngine,
  type BasinMethod,
  type BasinRequest,
  type BasinResult,
  type FlowsEngine,
} from '../app/flows-services';
import { FlowsBasins } from './FlowsBasins';
import { FlowsProposal } from './FlowsProposal';
import { FlowsTerritory } from './FlowsTerritory';
import { buildFlowsOverlay, type FlowsChoropleth } from './flows-overlay';
import { formatNumber } from './format';
import './flows.css';

type FlowMap = Awaited<ReturnType<ReturnType<typeof flowsWorker>['computeFlowMap']>>;
const DEFAULT_REQUEST: Record<BasinMethod, BasinRequest> = {
  plurality: {
    method: 'plurality',
    minLi: 0.5,
    minStays: 0,
    minPopulation: 0,
    resolution: 1,
    seed: 2026,
  },
  modularity: {
    method: 'modularity',
    minLi: 0,
    minStays: 0,
    minPopulation: 0,
    resolution: 1,
    seed: 2026,
  },
};

/** Everything the tab shows is kept per loaded data across tab visits (`useKeptState`). */
export function FlowsPanel() {
  const services = useAppServices();
  const { data, setOverlay, setClickHandler } = services;
  const [engine, setEngine] = useKeptState<FlowsEngine | null>(data, 'flows.engine', null);
  const [error, setError] = useKeptState<string | null>(data, 'flows.error', null);
  const [minStays, setMinStays] = useKeptState(data, 'flows.minStays', 50);
  const [topN, setTopN] = useKeptState(data, 'flows.topN', 80);
  const [showLines, setShowLines] = useKeptState(data, 'flows.showLines', true);
  /** The flow map with the parameters it was drawn for (recomputed only when they change). */
  const [flowMapOf, setFlowMapOf] = useKeptState<{ key: string; map: FlowMap } | null>(
    data,
    'flows.map',
    null,
  );
  const [choropleth, setChoropleth] = useKeptState<FlowsChoropleth>(data, 'flows.colour', 'main');
  const [finess, setFiness] = useKeptState(data, 'flows.finess', '');
  const [recruitmentOf, setRecruitmentOf] = useKeptState<{
    finess: string;
    communes: string[];
  } | null>(data, 'flows.recruitment', null);
  const [requests, setRequests] = useKeptState(data, 'flows.requests', DEFAULT_REQUEST);
  const [results, setResults] = useKeptState<Partial<Record<BasinMethod, BasinResult>>>(
    data,
    'flows.basins',
    {},
  );
  /** How many times the basins were computed for this data (read by the end-to-end tests). */
  const [basinRuns, setBasinRuns] = useKeptState(data, 'flows.basinRuns', 0);
  const [busy, setBusy] = useKeptState(data, 'flows.busy', false);
  const allCodes = useMemo(() => [...data.communes.codes], [data]);
  const fail = (e: unknown) => setError(e instanceof Error ? e.message : String(e));
  const mapKey = `${minStays}:${topN}`;
  const flowMap = flowMapOf?.map ?? null;
  const recruitment = finess && recruitmentOf?.finess === finess ? recruitmentOf.communes : null;

  useEffect(() => {
    if (!engine) getFlowsEngine(services).then(setEngine, fail);
    return () => {
      setOverlay(null);
      setClickHandler(null);
      clearFlowLayers(services);
    };
    // The engine and the layers belong to the loaded data, not to each render's services object.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [data]);

  useEffect(() => {
    if (!engine || flowMapOf?.key === mapKey) return;
    flowsWorker()
      .computeFlowMap(engine.inputs, { minStays, topN })
      .then((map) => setFlowMapOf({ key: mapKey, map }), fail);
    // flowMapOf is read to skip a map already drawn for these parameters.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [engine, minStays, topN, mapKey]);

  useEffect(() => {
    void drawFlowLayers(services, { lines: showLines && flowMap ? flowMap.lines : null });
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [flowMap, showLines]);

  useEffect(() => {
    if (!engine || !finess || recruitmentOf?.finess === finess) return;
    flowsWorker()
      .computeEstablishmentBasin(engine.inputs, finess)
      .then((b) => {
        setRecruitmentOf({ finess, communes: b.communes });
        setChoropleth('recruitment');
      }, fail);
    // recruitmentOf is read to skip a basin already computed for this establishment.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [engine, finess]);

  useEffect(() => {
    if (!flowMap) return;
    setOverlay(buildFlowsOverlay(choropleth, { flowMap, results, recruitment, finess, allCodes }));
  }, [choropleth, flowMap, results, recruitment, finess, allCodes, setOverlay]);

  const computeBasins = async () => {
    if (!engine) return;
    setBusy(true);
    try {
      const [plurality, modularity] = await Promise.all(
        (['plurality', 'modularity'] as const).map((m) =>
          flowsWorker().computeFlowBasins(engine.inputs, engine.adjacency, requests[m]),
        ),
      );
      setResults({ plurality, modularity });
      setBasinRuns((n) => n + 1);
      setChoropleth('plurality');
    } catch (e) {
      fail(e);
    } finally {
      setBusy(false);
    }
  };

  if (error)
    return (
      <p className="flows-error" role="alert">
        Flux PMSI : {error}
      </p>
    );
  if (!engine) return <p className="flows-note">Lecture des séjours PMSI…</p>;
  if (engine.inputs.zoneFlows.length === 0)
    return (
      <p className="flows-note">
        Aucun séjour PMSI chargé : importez un extrait (code géographique × FINESS) pour analyser
        les flux.
      </p>
    );
  return (
    <div className="flows-panel" data-testid="flows-panel" data-basin-runs={basinRuns}>
      <p className="flows-note" data-testid="flows-allocation">
        Séjours répartis des zones de résidence vers les communes au prorata de la population :{' '}
        {engine.inputs.allocationMethods
          .map(
            (m) =>
              `${ALLOCATION_METHOD_LABELS[m.method]} ${formatNumber(m.zones)} zone(s), ${formatNumber(m.stays ?? 0)} séjours`,
          )
          .join(' ; ')}
        . Établissements publics rattachés par leur FINESS juridique, cliniques par leur FINESS
        géographique.
      </p>
      <FlowsTerritory
        engine={engine}
        results={results}
        onError={fail}
        basinsBusy={busy}
        onComputeBasins={() => void computeBasins()}
      />
      <section className="flows-section">
        <h3>Carte des flux</h3>
        <label className="flows-field">
          <input
            type="checkbox"
            checked={showLines}
            data-testid="flows-show-lines"
            onChange={(e) => setShowLines(e.target.checked)}
          />{' '}
          Lignes zone → établissement
        </label>
        <label className="flows-field">
          Séjours min.
          <input
            type="number"
            min={0}
            step={10}
            value={minStays}
            data-testid="flows-min-stays"
            onChange={(e) => setMinStays(Number(e.target.value) || 0)}
          />
        </label>
        <label className="flows-field">
          N plus gros flux
          <input
            type="number"
            min={1}
            step={10}
            value={topN}
            data-testid="flows-top-n"
            onChange={(e) => setTopN(Math.max(1, Number(e.target.value) || 1))}
          />
        </label>
        <p className="flows-note" data-testid="flows-line-count">
          {flowMap?.lines.features.length ?? 0} flux dessinés
        </p>
        <label className="flows-field">
          Couleur des communes
          <select
            data-testid="flows-choropleth"
            value={choropleth}
            onChange={(e) => setChoropleth(e.target.value as FlowsChoropleth)}
          >
            <option value="none">Indicateur de l’onglet Carte</option>
            <option value="main">Destination principale</option>
            <option value="share">Part dans la destination principale</option>
            <option value="recruitment" disabled={!recruitment}>
              Bassin de recrutement
            </option>
            <option value="plurality" disabled={!results.plurality}>
              Bassins : pluralité
            </option>
            <option value="modularity" disabled={!results.modularity}>
              Bassins : modularité
            </option>
          </select>
        </label>
        <label className="flows-field">
          Bassin de recrutement de
          <select
            data-testid="flows-establishment"
            value={finess}
            onChange={(e) => setFiness(e.target.value)}
          >
            <option value="">— établissement —</option>
            {flowMap?.establishments.map((e) => (
              <option key={e.finess} value={e.finess}>
                {e.name}
              </option>
            ))}
          </select>
        </label>
      </section>
      <FlowsBasins
        requests={requests}
        results={results}
        busy={busy}
        onCompute={() => void computeBasins()}
        onChange={(m, r) => setRequests((old) => ({ ...old, [m]: r }))}
      />
      <FlowsProposal engine={engine} onError={fail} />
    </div>
  );
}
