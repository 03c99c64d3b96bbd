/**
 * The « Flux PMSI » tab: indicators of a territory, flow map, « destination principale »
 * choropleths, recruitment basin of an establishment, basins by two methods and « Proposer un
 * territoire ». Analyses run in the analysis worker; nothing leaves the machine.
 */
import { useEffect, useMemo, useState } from 'react';
import { useAppServices } from '../app/app-services';
import { ALLOCATION_METHOD_LABELS } from '../core/flows/zone-kind';
import {
  clearFlowLayers,
  drawFlowLayers,
  flowsWorker,
  getFlowsEngine,
  outlineGroups,
  type BasinMethod,
  type BasinRequest,
  type BasinResult,
  type FlowsEngine,
  type PerimeterAgreement,
  type NamedBasin,
  type TerritoryFlows,
} from '../app/flows-services';
import { FlowsBasins, METHOD_LABELS } from './FlowsBasins';
import { FlowsIndicators } from './FlowsIndicators';
import { buildFlowsOverlay, type FlowsChoropleth } from './flows-overlay';
import { formatNumber, formatPercent } from './format';
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

export function FlowsPanel() {
  const services = useAppServices();
  const { data, setOverlay, setClickHandler } = services;
  const [engine, setEngine] = useState<FlowsEngine | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [territory, setTerritory] = useState('');
  const [indicators, setIndicators] = useState<TerritoryFlows | null>(null);
  const [minStays, setMinStays] = useState(50);
  const [topN, setTopN] = useState(80);
  const [showLines, setShowLines] = useState(true);
  const [flowMap, setFlowMap] = useState<FlowMap | null>(null);
  const [choropleth, setChoropleth] = useState<FlowsChoropleth>('main');
  const [finess, setFiness] = useState('');
  const [recruitment, setRecruitment] = useState<string[] | null>(null);
  const [requests, setRequests] = useState(DEFAULT_REQUEST);
  const [results, setResults] = useState<Partial<Record<BasinMethod, BasinResult>>>({});
  const [busy, setBusy] = useState(false);
  const [picking, setPicking] = useState(false);
  const [proposal, setProposal] = useState<{
    basin: NamedBasin;
    agreements: PerimeterAgreement[];
    method: BasinMethod;
    seed: string;
  } | null>(null);
  const allCodes = useMemo(() => data.communes.map((c) => c.code), [data]);
  const fail = (e: unknown) => setError(e instanceof Error ? e.message : String(e));

  useEffect(() => {
    getFlowsEngine(services).then(setEngine, fail);
    return () => {
      setOverlay(null);
      setClickHandler(null);
      clearFlowLayers(services);
    };
    // The engine and the layers belong to the loaded data, not to each render's services object.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [data]);

  useEffect(() => {
    if (!engine) return;
    flowsWorker().computeFlowMap(engine.inputs, { minStays, topN }).then(setFlowMap, fail);
  }, [engine, minStays, topN]);

  useEffect(() => {
    void drawFlowLayers(services, { lines: showLines && flowMap ? flowMap.lines : null });
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [flowMap, showLines]);

  const territoryOptions = useMemo(() => {
    const cpts = [...new Set(engine?.inputs.perimeters.map((p) => p.perimeterName) ?? [])];
    const basins = Object.values(results).flatMap((r) =>
      r.basins.map((b) => ({
        key: `${r.method}:${b.id}`,
        label: `${b.name} (${METHOD_LABELS[r.method]})`,
        codes: b.communes,
      })),
    );
    return [
      ...cpts.map((name) => ({
        key: `cpts:${name}`,
        label: name,
        codes:
          engine?.inputs.perimeters
            .filter((p) => p.perimeterName === name)
            .map((p) => p.communeCode) ?? [],
      })),
      ...basins,
    ];
  }, [engine, results]);

  useEffect(() => {
    const option = territoryOptions.find((o) => o.key === territory);
    if (!engine || !option) return setIndicators(null);
    flowsWorker().computeFlowIndicators(engine.inputs, option.codes).then(setIndicators, fail);
  }, [engine, territory, territoryOptions]);

  useEffect(() => {
    if (!engine || !finess) return setRecruitment(null);
    flowsWorker()
      .computeEstablishmentBasin(engine.inputs, finess)
      .then((b) => {
        setRecruitment(b.communes);
        setChoropleth('recruitment');
      }, fail);
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
      setChoropleth('plurality');
    } catch (e) {
      fail(e);
    } finally {
      setBusy(false);
    }
  };

  const startProposal = (method: BasinMethod) => {
    setPicking(true);
    setClickHandler((code) => {
      if (!code || !engine) return false;
      setClickHandler(null);
      setPicking(false);
      flowsWorker()
        .proposeTerritory(engine.inputs, engine.adjacency, code, requests[method])
        .then(async (p) => {
          setProposal(p ? { ...p, seed: code } : null);
          const outlines = p
            ? await outlineGroups(services, [
                { name: p.basin.name, codes: p.basin.communes, colour: '#111111', width: 4 },
              ])
            : null;
          await drawFlowLayers(services, { outlines });
        }, fail);
      return true;
    });
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
    <div className="flows-panel" data-testid="flows-panel">
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
      <section className="flows-section">
        <h3>Indicateurs d’un territoire</h3>
        <select
          data-testid="flows-territory"
          value={territory}
          onChange={(e) => setTerritory(e.target.value)}
        >
          <option value="">— choisir une CPTS ou un bassin —</option>
          {territoryOptions.map((o) => (
            <option key={o.key} value={o.key}>
              {o.label}
            </option>
          ))}
        </select>
        {indicators && <FlowsIndicators flows={indicators} />}
      </section>
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
      <section className="flows-section">
        <h3>Proposer un territoire</h3>
        <button
          type="button"
          data-testid="propose-plurality"
          onClick={() => startProposal('plurality')}
        >
          Proposer (pluralité)
        </button>{' '}
        <button
          type="button"
          data-testid="propose-modularity"
          onClick={() => startProposal('modularity')}
        >
          Proposer (modularité)
        </button>
        {picking && <p className="flows-note">Cliquez sur la commune de départ sur la carte.</p>}
        {proposal && (
          <div data-testid="proposal">
            <p>
              <strong>{proposal.basin.name}</strong> ({METHOD_LABELS[proposal.method]}) :{' '}
              {proposal.basin.communes.length} communes, LI{' '}
              <strong data-testid="proposal-li">{formatPercent(proposal.basin.li)}</strong>, MSI{' '}
              {formatPercent(proposal.basin.msi)} (contour noir sur la carte).
            </p>
            <ul>
              {proposal.agreements.map((a) => (
                <li key={a.perimeterName}>
                  {a.perimeterName} : {a.shared} commune(s) en commun sur {a.perimeterCommunes}{' '}
                  (Jaccard {formatPercent(a.jaccard, 0)})
                </li>
              ))}
            </ul>
            <button
              type="button"
              data-testid="proposal-to-workbench"
              onClick={() =>
                services.territories
                  .create(proposalName(proposal, data.communes), proposal.basin.communes)
                  .catch(fail)
              }
            >
              Modifier dans l’atelier « Territoire »
            </button>
          </div>
        )}
      </section>
    </div>
  );
}

/** Name of a proposed territory: the basin and the seed commune it was proposed from. */
function proposalName(
  proposal: { basin: NamedBasin; seed: string },
  communes: readonly { code: string; name?: unknown }[],
): string {
  const seed = communes.find((c) => c.code === proposal.seed);
  return `${proposal.basin.name} (depuis ${seed ? String(seed.name) : proposal.seed})`;
}
