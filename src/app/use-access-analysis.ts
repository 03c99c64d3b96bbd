/**
 * The state and computations of the « Accès aux soins » tab, kept per loaded dataset across tab
 * visits (`useKeptState`): profession, parameters, files, scenario and the last result with the
 * inputs it was computed for. The E2SFCA and the activity join run in the analysis worker; the
 * roll-ups and the APL comparison are derived here (memoised), never in a component.
 */
import { useEffect, useMemo, useRef, useState } from 'react';
import type { AccessAnalysis, WhatIfChange } from '../core/access/analyse-access';
import { compareWithApl, type AplComparison } from '../core/access/compare-apl';
import { DEFAULT_ACCESS_PARAMETERS, UNDERSERVED_THRESHOLD } from '../core/access/defaults';
import { rollUpAccess, type AccessRollUp } from '../core/access/roll-up';
import type { AplRecord, ProfessionalActivityRecord, TravelTimeRecord } from '../core/access/types';
import { professionPluralLabel } from '../core/territory/directory-labels';
import {
  loadAccessDataOnce,
  loadAccessProfessions,
  readAccessFile,
  runAccessWithActivity,
  type AccessProfessionRow,
} from './access-services';
import { accessOverlay, aplColouring, scoreColouring, type AccessMapMode } from './access-overlay';
import type { AppServices } from './app-services';
import { useKeptState } from './use-kept-state';
import { useDraftedTerritories, type TerritoryOption } from './use-territory-project';

export type { AccessMapMode } from './access-overlay';

/** A file given in the tab, by name. */
export interface NamedRows<T> {
  name: string;
  rows: T[];
}

/** The result shown and the supply definition at compute time. */
export interface AccessComputed {
  result: AccessAnalysis;
  supplyDefinition: string;
}

export function useAccessAnalysis(services: AppServices) {
  const { data, getConnector, setOverlay, setClickHandler } = services;
  const [professions, setProfessions] = useKeptState<AccessProfessionRow[]>(
    data,
    'access.professions',
    [],
  );
  const [profession, setProfession] = useKeptState(data, 'access.profession', 'gp');
  const [parameters, setParameters] = useKeptState(
    data,
    'access.parameters',
    DEFAULT_ACCESS_PARAMETERS,
  );
  const [threshold, setThreshold] = useKeptState(data, 'access.threshold', UNDERSERVED_THRESHOLD);
  const [times, setTimes] = useKeptState<NamedRows<TravelTimeRecord> | null>(
    data,
    'access.times',
    null,
  );
  const [apl, setApl] = useKeptState<NamedRows<AplRecord> | null>(data, 'access.apl', null);
  const [activity, setActivity] = useKeptState<NamedRows<ProfessionalActivityRecord> | null>(
    data,
    'access.activity',
    null,
  );
  const [fileMessages, setFileMessages] = useKeptState<string[]>(data, 'access.fileMessages', []);
  const [changes, setChanges] = useKeptState<WhatIfChange[]>(data, 'access.changes', []);
  const [computed, setComputed] = useKeptState<AccessComputed | null>(
    data,
    'access.computed',
    null,
  );
  /** How many times the scores were computed for this data (read by the end-to-end tests). */
  const [runs, setRuns] = useKeptState(data, 'access.runs', 0);
  const [busy, setBusy] = useKeptState(data, 'access.busy', false);
  const [error, setError] = useKeptState<string | null>(data, 'access.error', null);
  const [mapMode, setMapMode] = useKeptState<AccessMapMode>(data, 'access.mapMode', 'score');
  const [chosenTerritory, setChosenTerritory] = useKeptState<string | null>(
    data,
    'access.territory',
    null,
  );
  const [picked, setPicked] = useState<string | null>(null);
  const result = computed?.result ?? null;

  const nameOf = (code: string) => `${data.communes.nameOf(code) ?? code} (${code})`;
  // CPTS keyed by their name, drafts by `atelier:id`.
  const perimeters = useMemo((): TerritoryOption[] => {
    const byName = new Map<string, string[]>();
    for (const [code, names] of Object.entries(data.perimetersByCode))
      for (const n of names) byName.set(n, [...(byName.get(n) ?? []), code]);
    return [...byName]
      .sort(([a], [b]) => a.localeCompare(b, 'fr'))
      .map(([name, codes]) => ({ key: name, label: name, codes }));
  }, [data]);
  const territories = useDraftedTerritories(services, chosenTerritory, perimeters, '');
  const members = useMemo(
    () => (territories.option ? new Set(territories.option.codes) : null),
    [territories.option],
  );

  useEffect(() => {
    if (professions.length) return;
    loadAccessProfessions(getConnector).then(setProfessions, (e: unknown) => setError(String(e)));
    // Read once per loaded dataset.
    // eslint-disable-next-line react-hooks/exhaustive-deps
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
      const input = await loadAccessDataOnce(data, getConnector, profession);
      const outcome = await runAccessWithActivity({
        communes: input.communes,
        activities: input.activities,
        parameters,
        times: times?.rows ?? null,
        changes: nextChanges,
        activity,
      });
      setComputed(outcome);
      setRuns((n) => n + 1);
      if (nextChanges.length === 0 && mapMode === 'difference') setMapMode('score');
      if (nextChanges.length > 0) setMapMode('difference');
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    } finally {
      setBusy(false);
    }
  }

  // Arriving with a drafted territory of the workbench selected and nothing computed yet: the
  // roll-up is computed at once (default parameters), without waiting for « Calculer ».
  const autoComputed = useRef(false);
  const draftSelected = territories.drafts.some((d) => d.key === territories.selected);
  useEffect(() => {
    if (autoComputed.current || !draftSelected || computed || busy) return;
    autoComputed.current = true;
    void compute();
    // compute reads the current parameters; it runs once, on the first drafted selection.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [draftSelected]);

  const professionLabel = professionPluralLabel(
    professions.find((p) => p.key === profession)?.label ?? 'Médecins généralistes',
  );
  useEffect(() => {
    if (result) setOverlay(accessOverlay(result, mapMode, apl?.rows ?? null, professionLabel));
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

  const rollUps = useAccessRollUps(result, members, threshold, changes.length > 0);
  const aplComparison = useMemo(
    (): AplComparison | null =>
      result && apl ? compareWithApl(result.codes, result.scores, apl.rows) : null,
    [result, apl],
  );
  const sideBySide = useMemo(
    () =>
      result && apl
        ? {
            ours: scoreColouring(result, professionLabel, `Notre score : ${professionLabel}`),
            drees: aplColouring(result.codes, apl.rows),
          }
        : null,
    [result, apl, professionLabel],
  );

  return {
    professions,
    profession,
    chooseProfession: (key: string) => {
      setProfession(key);
      setChanges([]);
    },
    parameters,
    setParameters,
    threshold,
    setThreshold,
    times,
    clearTimes: () => setTimes(null),
    apl,
    aplComparison,
    sideBySide,
    activity,
    clearActivity: () => {
      setActivity(null);
      setParameters((p) => ({ ...p, supplyMode: 'people' }));
    },
    fileMessages,
    onFile,
    changes,
    applyChange,
    result,
    supplyDefinition: computed?.supplyDefinition ?? null,
    runs,
    busy,
    error,
    compute,
    mapMode,
    setMapMode,
    territories,
    perimeters,
    chooseTerritory: setChosenTerritory,
    picked,
    nameOf,
    professionLabel,
    ...rollUps,
  };
}

/** Roll-ups of the scores: the chosen territory, everything loaded, and before the scenario. */
function useAccessRollUps(
  result: AccessAnalysis | null,
  members: ReadonlySet<string> | null,
  threshold: number,
  hasChanges: boolean,
): {
  territoryRollUp: AccessRollUp | null;
  reference: AccessRollUp | null;
  baseline: AccessRollUp | null;
} {
  return useMemo(
    () => ({
      territoryRollUp: result && rollUpAccess(result, members, threshold),
      reference: result && rollUpAccess(result, null, threshold),
      baseline:
        result && hasChanges
          ? rollUpAccess({ ...result, scores: result.baselineScores }, members, threshold)
          : null,
    }),
    [result, members, threshold, hasChanges],
  );
}
