/**
 * « Accès aux soins » tab: APL-like E2SFCA per commune (computed in the analysis worker), map of
 * the score with its unit, territory roll-up, what-if scenarios and comparison with the DREES APL.
 */
import { professionPluralLabel } from '../core/territory/directory-labels';
import { useEffect, useMemo, useRef, useState } from 'react';
import {
  loadAccessData,
  loadAccessProfessions,
  readAccessFile,
  runAccessAnalysis,
  type AccessInputs,
  type AccessProfessionRow,
} from '../app/access-services';
import { useAppServices } from '../app/app-services';
import { useDraftedTerritories, type TerritoryOption } from '../app/use-territory-project';
import type { AccessAnalysis, WhatIfChange } from '../core/access/analyse-access';
import { colourDifference, colourScores } from '../core/access/access-colouring';
import { joinActivityRecords, type ActivityJoin } from '../core/access/join-activity';
import { describeSupply } from '../core/access/supply-definition';
import { DEFAULT_ACCESS_PARAMETERS, UNDERSERVED_THRESHOLD } from '../core/access/defaults';
import { rollUpAccess } from '../core/access/roll-up';
import type { AplRecord, ProfessionalActivityRecord, TravelTimeRecord } from '../core/access/types';
import { AccessFiles } from './AccessFiles';
import { AccessMapAndApl, aplColouring, type MapMode } from './AccessMapAndApl';
import { AccessParametersForm } from './AccessParameters';
import { AccessResults } from './AccessResults';
import { AccessTerritorySelect } from './AccessTerritorySelect';
import { AccessWhatIf } from './AccessWhatIf';
import './access.css';

export function AccessPanel() {
  const services = useAppServices();
  const { data, setOverlay, setClickHandler, getConnector } = services;
  const [professions, setProfessions] = useState<AccessProfessionRow[]>([]);
  const [profession, setProfession] = useState('gp');
  const [parameters, setParameters] = useState(DEFAULT_ACCESS_PARAMETERS);
  const [threshold, setThreshold] = useState(UNDERSERVED_THRESHOLD);
  const [times, setTimes] = useState<{ name: string; rows: TravelTimeRecord[] } | null>(null);
  const [apl, setApl] = useState<{ name: string; rows: AplRecord[] } | null>(null);
  const [activity, setActivity] = useState<{
    name: string;
    rows: ProfessionalActivityRecord[];
  } | null>(null);
  /** The supply definition of the result shown (parameters and activity join at compute time). */
  const [supplyDefinition, setSupplyDefinition] = useState<string | null>(null);
  const [fileMessages, setFileMessages] = useState<string[]>([]);
  const [changes, setChanges] = useState<WhatIfChange[]>([]);
  const [result, setResult] = useState<AccessAnalysis | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [mapMode, setMapMode] = useState<MapMode>('score');
  const [chosenTerritory, setChosenTerritory] = useState<string | null>(null);
  const [picked, setPicked] = useState<string | null>(null);
  const inputs = useRef(new Map<string, AccessInputs>());

  const nameByCode = useMemo(() => new Map(data.communes.map((c) => [c.code, c.name])), [data]);
  const nameOf = (code: string) => `${nameByCode.get(code) ?? code} (${code})`;
  // CPTS keyed by their name (as before drafted territories were listed), drafts by `atelier:id`.
  const perimeters = useMemo((): TerritoryOption[] => {
    const byName = new Map<string, string[]>();
    for (const [code, names] of Object.entries(data.perimetersByCode))
      for (const n of names) byName.set(n, [...(byName.get(n) ?? []), code]);
    return [...byName]
      .sort(([a], [b]) => a.localeCompare(b, 'fr'))
      .map(([name, codes]) => ({ key: name, label: name, codes }));
  }, [data]);
  const territories = useDraftedTerritories(services, chosenTerritory, perimeters, '');
  const territoryOption = territories.option;
  const members = useMemo(
    () => (territoryOption ? new Set(territoryOption.codes) : null),
    [territoryOption],
  );

  useEffect(() => {
    loadAccessProfessions(getConnector).then(setProfessions, (e: unknown) => setError(String(e)));
  }, [getConnector]);
  // Every version of setClickHandler writes the same slot of the app; keep the first one so that
  // a new services object (e.g. after our overlay changed the legend) does not clear the overlay.
  const [registerClick] = useState(() => setClickHandler);
  useEffect(() => {
    registerClick((code) => {
      if (code) setPicked(code);
      return code !== null;
    });
    return () => {
      registerClick(null);
      setOverlay(null);
    };
  }, [registerClick, setOverlay]);

  async function compute(nextChanges = changes) {
    setBusy(true);
    setError(null);
    try {
      let input = inputs.current.get(profession);
      if (!input) {
        input = await loadAccessData(getConnector, profession);
        inputs.current.set(profession, input);
      }
      let activities = input.activities;
      let join: ActivityJoin | null = null;
      if (activity) {
        join = joinActivityRecords(activities, activity.rows);
        activities = join.activities;
      }
      const r = await runAccessAnalysis({
        communes: input.communes,
        activities,
        parameters,
        times: times?.rows ?? null,
        changes: nextChanges,
      });
      if (join?.unusedRecords)
        r.notes.push(
          `${join.unusedRecords} ligne(s) du fichier d’activité sans professionnel de cette profession dans l’Annuaire Santé chargé.`,
        );
      if (join?.unmatchedPlaceRecords)
        r.notes.push(
          `${join.unmatchedPlaceRecords} ligne(s) d’activité pour une commune où l’Annuaire Santé ne situe pas ce professionnel : non utilisée(s).`,
        );
      setSupplyDefinition(describeSupply(parameters, join, activity?.name));
      setResult(r);
      if (nextChanges.length === 0 && mapMode === 'difference') setMapMode('score');
      if (nextChanges.length > 0) setMapMode('difference');
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    } finally {
      setBusy(false);
    }
  }

  // Arriving with a drafted territory of the workbench selected: its roll-up is computed at once
  // (default parameters), without waiting for « Calculer ».
  const autoComputed = useRef(false);
  const draftSelected = territories.drafts.some((d) => d.key === territories.selected);
  useEffect(() => {
    if (autoComputed.current || !draftSelected) return;
    autoComputed.current = true;
    void compute();
    // compute reads the current parameters; it runs once, on the first drafted selection.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [draftSelected]);

  const professionLabel = professionPluralLabel(
    professions.find((p) => p.key === profession)?.label ?? 'Médecins généralistes',
  );
  useEffect(() => {
    if (!result) return;
    const title = `Accès (E2SFCA) : ${professionLabel}`;
    let colouring;
    if (mapMode === 'difference')
      colouring = colourDifference(
        result.codes,
        result.scores.map((s, i) => s - (result.baselineScores[i] as number)),
        `Effet du scénario : ${professionLabel}`,
        result.unit.label,
      );
    else if (mapMode === 'apl' && apl) colouring = aplColouring(result.codes, apl.rows);
    else colouring = colourScores(result.codes, result.scores, title, result.unit.label);
    setOverlay({ id: `access-${mapMode}`, ...colouring });
  }, [result, mapMode, apl, professionLabel, setOverlay]);

  async function onFile(file: File | undefined) {
    if (!file) return;
    const f = await readAccessFile(file);
    setFileMessages(
      f.issues
        .filter((i) => i.severity !== 'info')
        .map((i) => i.message)
        .slice(0, 8),
    );
    if (f.kind === 'apl') setApl({ name: f.fileName, rows: f.apl });
    if (f.kind === 'travel-times') setTimes({ name: f.fileName, rows: f.times });
    if (f.kind === 'professional-activity' && f.activity.length) {
      setActivity({ name: f.fileName, rows: f.activity });
      // The richest supply the file allows (DREES: activity converted to FTE).
      const mode = f.activity.some((r) => r.fte !== null)
        ? 'fte'
        : f.activity.some((r) => r.consultations !== null)
          ? 'consultations'
          : 'people';
      setParameters((p) => ({ ...p, supplyMode: mode }));
    }
  }

  const applyChange = (change: WhatIfChange | null) => {
    const next = change ? [...changes, change] : [];
    setChanges(next);
    void compute(next);
  };

  const territoryRollUp = result && rollUpAccess(result, members, threshold);
  const reference = result && rollUpAccess(result, null, threshold);
  const baseline =
    result && changes.length
      ? rollUpAccess({ ...result, scores: result.baselineScores }, members, threshold)
      : null;

  return (
    <section className="panel-section access-panel" data-testid="access-panel">
      <h2>Accès aux professionnels (APL type E2SFCA)</h2>
      <label>
        Profession{' '}
        <select
          data-testid="access-profession"
          value={profession}
          onChange={(e) => {
            setProfession(e.target.value);
            setChanges([]);
          }}
        >
          {professions.map((p) => (
            <option key={p.key} value={p.key}>
              {professionPluralLabel(p.label)} ({p.people})
            </option>
          ))}
        </select>
      </label>
      <AccessParametersForm
        value={parameters}
        onChange={setParameters}
        threshold={threshold}
        onThreshold={setThreshold}
        activity={
          activity && {
            fte: activity.rows.some((r) => r.fte !== null),
            consultations: activity.rows.some((r) => r.consultations !== null),
            age: activity.rows.some((r) => r.age !== null),
          }
        }
      />
      <AccessFiles
        times={times}
        activity={activity}
        messages={fileMessages}
        onFile={(f) => void onFile(f)}
        onClearTimes={() => setTimes(null)}
        onClearActivity={() => {
          setActivity(null);
          setParameters((p) => ({ ...p, supplyMode: 'people' }));
        }}
      />
      <button
        type="button"
        data-testid="access-compute"
        disabled={busy}
        onClick={() => void compute()}
      >
        {busy ? 'Calcul…' : 'Calculer'}
      </button>
      {error && (
        <p role="alert" className="access-issue">
          {error}
        </p>
      )}
      {result && territoryRollUp && reference && (
        <>
          <AccessTerritorySelect
            value={territories.selected}
            drafts={territories.drafts}
            perimeters={perimeters}
            onChange={setChosenTerritory}
          />
          {supplyDefinition && (
            <p className="access-supply" data-testid="access-supply-definition">
              {supplyDefinition}
            </p>
          )}
          <AccessResults
            territory={territoryRollUp}
            reference={reference}
            unit={result.unit.label}
            threshold={threshold}
            territoryLabel={territoryOption?.label ?? 'Toutes'}
          />
          <ul className="access-notes" data-testid="access-notes">
            {result.notes.map((n) => (
              <li key={n}>{n}</li>
            ))}
          </ul>
          <AccessWhatIf
            picked={picked}
            nameOf={nameOf}
            changes={changes}
            onChange={applyChange}
            result={result}
            baseline={baseline}
            current={territoryRollUp}
            busy={busy}
          />
          <AccessMapAndApl
            result={result}
            apl={apl}
            hasChanges={changes.length > 0}
            mapMode={mapMode}
            onMapMode={setMapMode}
            professionLabel={professionLabel}
            nameOf={nameOf}
          />
        </>
      )}
    </section>
  );
}
