/**
 * The territory workbench hook: the shared project (undo/redo, autosave: `TerritoryProjectStore`),
 * analyses in the worker,
 * map layers and click handling, polygon and lasso selection (`useTerritoryDrawing`), exports.
 * Used by `TerritoryPanel`.
 */
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { MultiPolygon, Polygon } from 'geojson';
import { transfer } from 'comlink';
import { flatBuffers, toFlatGeometries } from '../core/geo/flat-geometries';
import type { CoverageCounts } from '../core/overlap/compute-coverage';
import type { TerritoryAnalysis } from '../core/territory/analyse-territory';
import type { ComparisonRow } from '../core/territory/compare-territories';
import { exportFileName } from '../core/territory/to-territory-exports';
import { queryTerritoryInput } from '../db/territory-input';
import {
  addTerritoryLayers,
  removeTerritoryLayers,
  setTerritoryData,
} from '../map/territory-layers';
import { getAnalysisClient } from '../workers/analysis-client';
import type { AppServices } from './app-services';
import type { LoadedData } from './load-data';
import { useTerritoryDrawing } from './territory-drawing';
import { comparisonFeatures, territoryFeatures } from './territory-map';
import { describeMissing, parseProjectFile, toProjectFile } from './territory-project';
import { useTerritoryDossier } from './territory-dossier';
import { downloadBlob, todayIso, useTerritoryExports } from './territory-exports';
import { activeTerritory, type TerritoryAction } from './territory-store';
import { useTerritoryProject } from './use-territory-project';

const prepared = new WeakMap<LoadedData, Promise<CoverageCounts | null>>();

/** Builds the worker's territory context once per loaded dataset (coverage null without CPTS). */
function prepare(services: AppServices): Promise<CoverageCounts | null> {
  let p = prepared.get(services.data);
  if (!p) {
    p = (async () => {
      const { input, geometries } = await queryTerritoryInput(
        await services.getConnector(),
        services.data.communeGeometries.features.map((f) => ({
          code: f.properties.code,
          geometry: f.geometry,
        })),
      );
      const flat = toFlatGeometries(geometries);
      return (
        await getAnalysisClient().prepareTerritories(input, transfer(flat, flatBuffers(flat)))
      ).coverage;
    })();
    prepared.set(services.data, p);
  }
  return p;
}

export type Comparison = {
  rows: ComparisonRow[];
  onlyA: string[];
  onlyB: string[];
  both: string[];
  nameA: string;
  nameB: string;
};

export function useTerritoryWorkbench(services: AppServices) {
  const { data, map } = services;
  const { store } = services.territories;
  const { history, restored, error: storeError, notice } = useTerritoryProject(services);
  const dispatch = store.dispatch;
  const [prepared, setPrepared] = useState<'preparing' | 'ready' | 'error'>('preparing');
  const status = prepared === 'ready' && !restored ? 'preparing' : prepared;
  const [message, setMessage] = useState<string | null>(null);
  const [coverage, setCoverage] = useState<CoverageCounts | null>(null);
  const [analysis, setAnalysis] = useState<TerritoryAnalysis | null>(null);
  const [analysisMs, setAnalysisMs] = useState<number | null>(null);
  const [compareId, setCompareId] = useState<string | null>(null);
  const [comparison, setComparison] = useState<Comparison | null>(null);
  const project = history.present;
  const active = activeTerritory(project);

  const geometryByCode = useMemo(
    () => new Map(data.communeGeometries.features.map((f) => [f.properties.code, f.geometry])),
    [data],
  );
  const geometryOf = useCallback(
    (code: string): Polygon | MultiPolygon | undefined => geometryByCode.get(code),
    [geometryByCode],
  );
  const epcis = useMemo(() => {
    const byCode = new Map<string, { code: string; name: string; communes: string[] }>();
    for (const c of data.communes) {
      const code = c.epci as string | null;
      if (!code) continue;
      const entry = byCode.get(code) ?? { code, name: String(c.epci_name ?? code), communes: [] };
      entry.communes.push(c.code);
      byCode.set(code, entry);
    }
    return [...byCode.values()].sort((a, b) => a.name.localeCompare(b.name, 'fr'));
  }, [data]);
  const perimeters = useMemo(() => {
    const byName = new Map<string, string[]>();
    for (const [code, names] of Object.entries(data.perimetersByCode))
      for (const n of names) byName.set(n, [...(byName.get(n) ?? []), code]);
    return [...byName]
      .map(([name, codes]) => ({ name, codes }))
      .sort((a, b) => a.name.localeCompare(b.name, 'fr'));
  }, [data]);

  // Prepare the worker (the shared store restores the autosaved project).
  useEffect(() => {
    let cancelled = false;
    prepare(services)
      .then((cov) => {
        if (cancelled) return;
        setCoverage(cov);
        setPrepared('ready');
      })
      .catch((e: unknown) => {
        console.warn(e);
        if (!cancelled) {
          setPrepared('error');
          setMessage(
            `Préparation de l’atelier impossible : ${e instanceof Error ? e.message : String(e)}`,
          );
        }
      });
    return () => {
      cancelled = true;
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [data]);

  // Messages of the shared store: unknown codes in the restored project, failed autosave.
  useEffect(() => {
    if (!restored) return;
    const restoreMessage = store.takeMessage();
    if (restoreMessage) setMessage(restoreMessage);
  }, [restored, store]);
  useEffect(() => {
    if (storeError) setMessage(storeError);
  }, [storeError]);
  useEffect(() => {
    if (notice) setMessage(notice.text);
  }, [notice]);

  // Analyse the active territory in the worker.
  const activeCodes = active?.codes;
  useEffect(() => {
    if (status !== 'ready' || !activeCodes) {
      setAnalysis(null);
      return;
    }
    let cancelled = false;
    const start = performance.now();
    getAnalysisClient()
      .analyseTerritoryCodes(activeCodes)
      .then((a) => {
        if (cancelled) return;
        setAnalysisMs(performance.now() - start);
        setAnalysis(a);
      })
      .catch((e: unknown) => setMessage(String(e)));
    return () => {
      cancelled = true;
    };
  }, [activeCodes, status]);

  // Comparison.
  const other = project.territories.find((t) => t.id === compareId) ?? null;
  useEffect(() => {
    if (status !== 'ready' || !active || !other || other.id === active.id) {
      setComparison(null);
      return;
    }
    let cancelled = false;
    void getAnalysisClient()
      .compareTerritoryCodes(active.codes, other.codes)
      .then(
        (c) =>
          !cancelled &&
          setComparison({
            rows: c.rows,
            onlyA: c.onlyA,
            onlyB: c.onlyB,
            both: c.both,
            nameA: active.name,
            nameB: other.name,
          }),
      );
    return () => {
      cancelled = true;
    };
  }, [active, other, status]);

  /** Communes clicked whose analysis is not drawn yet, and what the click did to them. */
  const pendingRef = useRef(new Map<string, 'add' | 'remove'>());
  // Map layers.
  const [layersReady, setLayersReady] = useState(false);
  useEffect(() => {
    if (!map) return;
    let alive = true;
    void map.ready().then(() => {
      if (!alive) return;
      addTerritoryLayers(map.map);
      setLayersReady(true);
    });
    return () => {
      alive = false;
      if (map.map.getStyle()) removeTerritoryLayers(map.map);
    };
  }, [map]);
  useEffect(() => {
    if (!map || !layersReady) return;
    const perimetersOf = (code: string) => data.perimetersByCode[code] ?? [];
    const features = comparison
      ? comparisonFeatures(comparison, geometryOf)
      : analysis && active
        ? territoryFeatures(analysis, geometryOf, perimetersOf, active.basedOn)
        : [];
    setTerritoryData(map.map, features, comparison ? null : (analysis?.outline ?? null));
    // A clicked commune's mark goes once the drawn analysis shows it added or removed.
    const drawnCodes = new Set(analysis?.codes ?? []);
    const settled: string[] = [];
    for (const [code, kind] of pendingRef.current)
      if (drawnCodes.has(code) === (kind === 'add')) settled.push(code);
    for (const code of settled) pendingRef.current.delete(code);
    map.clearPending(settled);
    const el = map.map.getContainer();
    el.dataset.territoryCommunes = String(analysis?.codes.length ?? 0);
    // What the map shows, by role (read by the end-to-end tests): e.g. {"only-a":3,"both":12}.
    const roles: Record<string, number> = {};
    for (const f of features) roles[f.properties.role] = (roles[f.properties.role] ?? 0) + 1;
    el.dataset.territoryRoles = JSON.stringify(roles);
  }, [map, layersReady, analysis, comparison, active, data, geometryOf]);

  const activeRef = useRef(active);
  activeRef.current = active;
  // Polygon and lasso: the communes whose point on surface is inside are added (or removed).
  const onShape = useCallback(
    (ring: [number, number][], remove: boolean) => {
      void getAnalysisClient()
        .communesInPolygon({ type: 'Polygon', coordinates: [[...ring, ring[0]!]] })
        .then((codes) => {
          const current = new Set(activeRef.current?.codes ?? []);
          const changed = codes.filter((c) => current.has(c) === remove);
          dispatch(remove ? { type: 'remove', codes } : { type: 'add', codes });
          setMessage(
            `${changed.length} commune(s) ${remove ? 'retirée(s)' : 'ajoutée(s)'} par la sélection (${codes.length} entourée(s)).`,
          );
        })
        .catch((e: unknown) => setMessage(String(e)));
    },
    [dispatch],
  );
  const draw = useTerritoryDrawing(map, layersReady, onShape);

  // Clicks: toggle a commune (not while a shape is drawn).
  const drawingRef = useRef(draw.drawing);
  drawingRef.current = draw.drawing;
  useEffect(() => {
    services.setClickHandler((code) => {
      if (drawingRef.current) return true;
      if (!code || !activeRef.current) return false;
      // Drawn in the next frame, before the worker's analysis (then the territory layers take over).
      const kind = activeRef.current.codes.includes(code) ? 'remove' : 'add';
      pendingRef.current.set(code, kind);
      services.map?.markPending(code, kind);
      dispatch({ type: 'toggle', code });
      return true;
    });
    return () => services.setClickHandler(null);
  }, [services, dispatch]);
  // Keyboard: Ctrl+Z, Ctrl+Y, Ctrl+Shift+Z.
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const target = e.target as HTMLElement | null;
      if (target && ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName)) return;
      if (!(e.ctrlKey || e.metaKey)) return;
      const key = e.key.toLowerCase();
      if (key === 'z' && !e.shiftKey) dispatch({ type: 'undo' });
      else if (key === 'y' || (key === 'z' && e.shiftKey)) dispatch({ type: 'redo' });
      else return;
      e.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [dispatch]);

  const { exportPng, exportData } = useTerritoryExports(services, active, analysis);
  const { exportDossier, dossier } = useTerritoryDossier(services, active, analysis);

  const saveProject = useCallback(() => {
    downloadBlob(
      exportFileName(`projet ${active?.name ?? 'territoires'}`, todayIso(), 'json'),
      new Blob([toProjectFile(project, data.title, todayIso())], { type: 'application/json' }),
    );
  }, [project, data, active]);

  const openProject = useCallback(
    async (file: File) => {
      try {
        const opened = parseProjectFile(
          file.name,
          await file.text(),
          new Set(geometryByCode.keys()),
        );
        // Added to the current territories, never replacing them; Ctrl+Z takes the addition back.
        dispatch({ type: 'merge', project: opened.project });
        setMessage(
          [
            `Projet « ${file.name} » ouvert : ${opened.project.territories.length} territoire(s) ajouté(s) à vos territoires (Annuler pour revenir en arrière).`,
            ...opened.notes,
            describeMissing(opened.missing, opened.dataTitle),
          ]
            .filter(Boolean)
            .join(' '),
        );
      } catch (e) {
        setMessage(e instanceof Error ? e.message : String(e));
      }
    },
    [geometryByCode, dispatch],
  );

  return {
    status,
    message,
    setMessage,
    project,
    active,
    analysis,
    analysisMs,
    coverage,
    epcis,
    perimeters,
    comparison,
    compareId,
    setCompareId,
    draw,
    canUndo: history.past.length > 0,
    canRedo: history.future.length > 0,
    dispatch: dispatch as (action: TerritoryAction) => void,
    exportPng,
    exportData,
    exportDossier,
    dossier,
    saveProject,
    openProject,
  };
}
