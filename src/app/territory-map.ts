/**
 * Which commune is drawn how on the territory map (pure: roles from an analysis), and the
 * coalesced updates of the territory layers.
 */
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import type { TerritoryAnalysis } from '../core/territory/analyse-territory';
import type { CommuneMap } from '../map/commune-map';
import { setTerritoryData, TERRITORY_LAYERS, type TerritoryRole } from '../map/territory-layers';

export type RoledCommune = Feature<Polygon | MultiPolygon, { code: string; role: TerritoryRole }>;

/** Features of the territory map: territory communes (overlap, white zone), problems, white zones around. */
export function territoryFeatures(
  analysis: TerritoryAnalysis,
  geometryOf: (code: string) => Polygon | MultiPolygon | undefined,
  perimetersOf: (code: string) => readonly string[],
  basedOn: string | null,
): RoledCommune[] {
  const features: RoledCommune[] = [];
  const push = (code: string, role: TerritoryRole) => {
    const geometry = geometryOf(code);
    if (geometry) features.push({ type: 'Feature', properties: { code, role }, geometry });
  };
  const whiteInside = new Set(analysis.whiteZones?.inside ?? []);
  for (const code of analysis.codes) {
    const others = perimetersOf(code).filter((p) => p !== basedOn);
    push(code, others.length ? 'overlap' : whiteInside.has(code) ? 'white-in' : 'in');
  }
  for (const code of analysis.whiteZones?.around ?? []) push(code, 'white-around');
  for (const code of analysis.contiguity.offending) push(code, 'offending');
  return features;
}

/** Features of a comparison: communes only in A, only in B, in both. */
export function comparisonFeatures(
  split: { onlyA: string[]; onlyB: string[]; both: string[] },
  geometryOf: (code: string) => Polygon | MultiPolygon | undefined,
): RoledCommune[] {
  const features: RoledCommune[] = [];
  const roles: [string[], TerritoryRole][] = [
    [split.onlyA, 'only-a'],
    [split.onlyB, 'only-b'],
    [split.both, 'both'],
  ];
  for (const [codes, role] of roles)
    for (const code of codes) {
      const geometry = geometryOf(code);
      if (geometry) features.push({ type: 'Feature', properties: { code, role }, geometry });
    }
  return features;
}

/** One state of the territory layers: the communes by role, the outline, the marks it settles. */
export interface TerritoryLayerState {
  communes: RoledCommune[];
  outline: Feature<MultiPolygon> | null;
  /** Names of the two territories when `communes` is a comparison (for the legend). */
  compared?: { a: string; b: string };
  /** Clicked communes whose marks go once this state is drawn. */
  settled: Iterable<string>;
  /** Called when the state is handed to the map (the e2e tests read the map's data attributes). */
  onApplied?: () => void;
}

/** Runs `fn` after the browser has painted the next frame (a rAF, then a task). */
export function afterNextPaint(fn: () => void): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const frame = requestAnimationFrame(() => {
    timer = setTimeout(fn, 0);
  });
  return () => {
    cancelAnimationFrame(frame);
    if (timer !== undefined) clearTimeout(timer);
  };
}

/**
 * Coalesced updates of the territory layers: however many states are pushed in a frame, the map
 * gets the latest one once, after the side panel has painted (the indicators show first; under
 * software WebGL each map frame blocks the main thread), and the click marks it settles are
 * cleared when its data is drawn, so the mark, the territory fill and the outline change together
 * instead of one redraw each.
 */
export class TerritoryLayerUpdates {
  private next: { state: TerritoryLayerState; settled: Set<string> } | null = null;
  private cancel: (() => void) | null = null;
  /** Ends the wait for the drawn data and clears the marks. */
  private waiting: (() => void) | null = null;
  /** Marks to clear once the data last set is drawn. */
  private readonly marks = new Set<string>();
  private closed = false;

  /**
   * `clearMarks` removes click marks once the data that shows their click is drawn; `gate` holds
   * the map's frames from a click to the next update.
   */
  constructor(
    private readonly map: CommuneMap,
    private readonly clearMarks: (codes: Iterable<string>) => void,
    private readonly gate: { release: () => void },
  ) {}

  /** Queues a state; states pushed before the next paint merge (the marks of all are cleared). */
  push(state: TerritoryLayerState): void {
    if (this.closed) return;
    const settled = new Set([...(this.next?.settled ?? []), ...state.settled]);
    this.next = { state, settled };
    this.cancel ??= afterNextPaint(() => this.flush());
  }

  /** Stops every pending update and clears the marks (the workbench closes). */
  close(): void {
    this.closed = true;
    this.cancel?.();
    this.waiting?.();
    this.next = null;
  }

  private flush(): void {
    this.cancel = null;
    const next = this.next;
    this.next = null;
    if (!next || this.closed) return;
    const m = this.map.map;
    // The panel has painted: the map may draw again (the frame held since the click included).
    this.gate.release();
    setTerritoryData(m, next.state.communes, next.state.outline, next.state.compared);
    next.state.onApplied?.();
    for (const code of next.settled) this.marks.add(code);
    if (!this.marks.size || this.waiting) return;
    const sources = [TERRITORY_LAYERS.fill, TERRITORY_LAYERS.outline].flatMap((id) => {
      const layer = m.getLayer(id);
      return layer ? [layer.source] : [];
    });
    // The new data is tiled in MapLibre's worker: the marks go in the event that brings it, so
    // the frame that draws it draws them gone.
    const done = () => {
      m.off('sourcedata', onData);
      m.off('idle', done);
      this.waiting = null;
      this.clearMarks(this.marks);
      this.marks.clear();
    };
    const onData = () => {
      if (sources.every((id) => m.getSource(id) && m.isSourceLoaded(id))) done();
    };
    m.on('sourcedata', onData);
    m.once('idle', done);
    this.waiting = done;
  }
}
