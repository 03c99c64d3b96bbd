/**
 * The composition root: the only app module that renders ui components (ui -> app elsewhere).
 */
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { ClassMethod } from '../core/classify/compute-class-breaks';
import type { PaletteName } from '../core/classify/palettes';
import { CommuneCard } from '../ui/CommuneCard';
import { DataReport } from '../ui/DataReport';
import { DemoBanner } from '../ui/DemoBanner';
import { MixedDataBanner } from '../ui/MixedDataBanner';
import { HoverTooltip, type HoverInfo } from '../ui/HoverTooltip';
import { IndicatorControls } from '../ui/IndicatorControls';
import { LayerToggles } from '../ui/LayerToggles';
import { MapLegend } from '../ui/MapLegend';
import { PanelResizer } from '../ui/PanelResizer';
import { indicatorHoverLine } from '../ui/hover-lines';
import { SearchBox } from '../ui/SearchBox';
import { FEATURE_TABS } from '../ui/feature-tabs';
import { getWasmConnector } from '../db/wasm-connector';
import {
  AppServicesContext,
  type AppServices,
  type CommuneClickHandler,
  type MapOverlay,
} from './app-services';
import { formatNumber } from '../ui/format';
import { indicatorById, indicatorValueAt } from './indicators';
import type { LoadedData } from './load-data';
import { DEMO_MANIFEST_URL, loadManifestOnce } from './load-manifest';
import type { DatasetManifest } from './manifest-files';
import { TerritoryProjectStore } from './territory-project-store';
import { useMapLegend } from './use-map-legend';
import { PANEL_KEY_STEP_PX, usePanelWidth } from './use-panel-width';
import { useChoropleth } from './use-choropleth';
import { PERIMETER_COLOURS, useCommuneMap, type LayerVisibility } from './use-commune-map';

export function App() {
  const [data, setData] = useState<LoadedData | null>(null);
  // The start-up manifest, known before its data are in DuckDB: the demo banner takes its place
  // from the start (appearing with the data, it resized the map under the first coloured frame).
  const [startup, setStartup] = useState<DatasetManifest | null>(null);
  const [progress, setProgress] = useState('Démarrage…');
  const [error, setError] = useState<string | null>(null);
  const [indicatorId, setIndicatorId] = useState('density');
  const [method, setMethod] = useState<ClassMethod>('quantile');
  const [classes, setClasses] = useState(5);
  const [palette, setPalette] = useState<PaletteName>('YlGnBu');
  const [layers, setLayers] = useState<LayerVisibility>({ perimeters: true, establishments: true });
  const [selectedCode, setSelectedCode] = useState<string | null>(null);
  const [hover, setHover] = useState<HoverInfo | null>(null);
  const [tab, setTab] = useState('indicators');
  const [overlay, setOverlay] = useState<MapOverlay | null>(null);
  const clickHandler = useRef<CommuneClickHandler | null>(null);
  const mapRef = useRef<HTMLDivElement>(null);
  const panelRef = useRef<HTMLElement>(null);
  const panelWidth = usePanelWidth(panelRef, tab === 'region' ? 'wide' : 'normal');

  useEffect(() => {
    const manifestUrl =
      new URLSearchParams(window.location.search).get('data') ?? DEMO_MANIFEST_URL;
    loadManifestOnce(manifestUrl, setProgress, setStartup)
      .then(setData)
      .catch((e: unknown) => {
        setError(e instanceof Error ? e.message : String(e));
        if (mapRef.current) mapRef.current.dataset.state = 'error';
      });
  }, []);

  const indicator = indicatorById(indicatorId);
  const choropleth = useChoropleth(data?.communes ?? null, { indicator, method, classes, palette });
  const selected = useMemo(() => {
    const center = selectedCode ? data?.centroidByCode.get(selectedCode) : undefined;
    return selectedCode && center ? { code: selectedCode, center } : null;
  }, [selectedCode, data]);

  const onHover = useCallback(
    (code: string | null, x: number, y: number) => {
      const communes = data?.communes;
      const index = code && communes ? communes.indexOf(code) : -1;
      if (!communes || index < 0) return setHover(null);
      setHover({
        x,
        y,
        title: `${communes.name(index)} (${code})`,
        lines: [
          indicatorHoverLine(indicator, indicatorValueAt(communes, index, indicator)),
          `Population : ${formatNumber(communes.value('population', index))} hab.`,
        ],
      });
    },
    [data, indicator],
  );
  const onEstablishmentHover = useCallback(
    (p: Record<string, unknown> | null, x: number, y: number) => {
      setHover(
        p
          ? {
              x,
              y,
              title: String(p.name),
              lines: [String(p.category), `FINESS ${String(p.finess)}`],
            }
          : null,
      );
    },
    [],
  );

  const onContextLost = useCallback(
    () =>
      setError(
        'La carte ne peut plus s’afficher : le navigateur lui a retiré son contexte graphique (WebGL). Rechargez la page ; vos territoires sont enregistrés.',
      ),
    [],
  );
  const onClick = useCallback((code: string | null) => {
    if (!clickHandler.current?.(code)) setSelectedCode(code);
  }, []);
  const map = useCommuneMap(
    mapRef,
    data,
    overlay?.colourByCode ?? choropleth?.colourByCode ?? null,
    layers,
    selected,
    { onHover, onClick, onEstablishmentHover, onContextLost },
  );
  const legend = overlay?.legend ?? choropleth?.legend;
  // One territory project per loaded dataset, shared by every tab.
  const territoryStore = useMemo(
    () =>
      data ? new TerritoryProjectStore(data.title, new Set(data.communeGeometries.codes)) : null,
    [data],
  );
  const perimeterKeys = useMemo(
    () =>
      (data?.perimeters.features ?? []).map((f, i) => ({
        name: String(f.properties.name),
        communeCount: Number(f.properties.communeCount),
        colour: PERIMETER_COLOURS[i % PERIMETER_COLOURS.length] as string,
      })),
    [data],
  );
  const services = useMemo<AppServices | null>(
    () =>
      data && territoryStore
        ? {
            data,
            map,
            legend: legend ?? null,
            drawn: {
              perimeters: layers.perimeters ? perimeterKeys : [],
              establishments: layers.establishments && data.establishments.features.length > 0,
            },
            getConnector: getWasmConnector,
            selectCommune: setSelectedCode,
            setOverlay,
            setClickHandler: (handler) => {
              clickHandler.current = handler;
            },
            replaceData: setData,
            openTab: setTab,
            territories: {
              store: territoryStore,
              create: (name, codes) => {
                territoryStore.dispatch({ type: 'create', name, codes: [...codes] });
                setTab('territory');
                return Promise.resolve();
              },
            },
          }
        : null,
    [data, territoryStore, map, legend, layers, perimeterKeys],
  );

  const selectedCommune = useMemo(
    () => (selectedCode ? data?.communes.rowOf(selectedCode) : undefined),
    [data, selectedCode],
  );
  const mapLegend = useMapLegend(map, {
    choropleth: legend ?? null,
    perimeters: perimeterKeys,
    showPerimeters: layers.perimeters,
    establishments: data?.establishments ?? null,
    showEstablishments: layers.establishments,
    searchName: selected && selectedCommune ? selectedCommune.name : null,
  });

  const described = data ?? startup;
  return (
    <div className="app">
      <header className="topbar">
        <h1>Périmètre</h1>
        <span className="subtitle">Diagnostic territorial des CPTS</span>
        {data && <SearchBox communes={data.communes} onSelect={setSelectedCode} />}
      </header>
      {described?.fictitious && <DemoBanner title={described.title} />}
      {data && (
        <MixedDataBanner origins={data.origins} fictitious={data.fictitious} notice={data.notice} />
      )}
      <main className="layout">
        <aside className="panel" id="side-panel" ref={panelRef} style={panelWidth.style}>
          <nav className="tabs" role="tablist">
            {[{ id: 'indicators', label: 'Carte' }, ...FEATURE_TABS].map((t) => (
              <button
                key={t.id}
                type="button"
                role="tab"
                data-testid={`tab-${t.id}`}
                aria-selected={tab === t.id}
                className={tab === t.id ? 'active' : ''}
                onClick={() => setTab(t.id)}
              >
                {t.label}
              </button>
            ))}
          </nav>
          {tab === 'indicators' && (
            <>
              <IndicatorControls
                indicatorId={indicatorId}
                method={method}
                classes={classes}
                palette={palette}
                onChange={(c) => {
                  if (c.indicatorId) {
                    setIndicatorId(c.indicatorId);
                    // Each indicator opens with its own sensible class method.
                    setMethod(indicatorById(c.indicatorId).defaultMethod);
                  }
                  if (c.method) setMethod(c.method);
                  if (c.classes) setClasses(c.classes);
                  if (c.palette) setPalette(c.palette);
                }}
              />
              {selectedCommune && (
                <CommuneCard
                  commune={selectedCommune}
                  perimeters={data?.perimetersByCode[selectedCommune.code] ?? []}
                  onClose={() => setSelectedCode(null)}
                />
              )}
              <LayerToggles
                layers={layers}
                perimeters={perimeterKeys}
                perimetersLoaded={Boolean(data?.origins.perimeters)}
                starting={data === null && error === null}
                establishmentCount={
                  data?.origins.establishments ? data.establishments.features.length : null
                }
                onChange={setLayers}
              />
              {data && <DataReport files={data.files} />}
            </>
          )}
          {services &&
            FEATURE_TABS.filter((t) => t.id === tab).map(({ id, Component }) => (
              <AppServicesContext.Provider key={id} value={services}>
                <Component />
              </AppServicesContext.Provider>
            ))}
        </aside>
        <PanelResizer
          width={panelWidth.current}
          min={panelWidth.min}
          max={panelWidth.max}
          step={PANEL_KEY_STEP_PX}
          controls="side-panel"
          onResize={panelWidth.setWidth}
        />
        <div className="map-wrap">
          <div ref={mapRef} className="map" data-testid="map" data-indicator={indicatorId} />
          <HoverTooltip info={hover} />
          <MapLegend legend={mapLegend} map={map} />
          {!data && !error && <div className="overlay">{progress}</div>}
          {error && (
            <div className="overlay error" role="alert">
              Le chargement a échoué : {error}
            </div>
          )}
        </div>
      </main>
    </div>
  );
}
