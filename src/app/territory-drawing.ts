/**
 * Drawing a selection shape on the map for the territory workbench: a polygon (click the vertices,
 * then « Terminer ») or a freehand lasso (press and drag; map panning, box zoom and rotation are
 * off while the lasso mode is on). Each finished shape is handed to `onShape` with `remove` set
 * when the « Retirer » toggle is on or Shift/Alt is held during the gesture.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { MapMouseEvent } from 'maplibre-gl';
import type { CommuneMap } from '../map/commune-map';
import { setTerritoryDraft } from '../map/territory-layers';

export type DrawMode = 'polygon' | 'lasso' | null;
type Point = [number, number];

/** Minimum distance between two lasso points, in CSS pixels (keeps the ring small). */
const LASSO_STEP_PX = 4;

export function useTerritoryDrawing(
  map: CommuneMap | null,
  layersReady: boolean,
  onShape: (ring: Point[], remove: boolean) => void,
) {
  const [mode, setMode] = useState<DrawMode>(null);
  const [removeMode, setRemoveMode] = useState(false);
  const [draft, setDraft] = useState<Point[]>([]);
  const onShapeRef = useRef(onShape);
  onShapeRef.current = onShape;
  const removeRef = useRef(removeMode);
  removeRef.current = removeMode;

  useEffect(() => {
    if (map && layersReady) setTerritoryDraft(map.map, draft);
  }, [map, layersReady, draft]);

  useEffect(() => {
    if (map) map.map.getContainer().dataset.drawMode = mode ?? '';
  }, [map, mode]);

  // Polygon: every click adds a vertex.
  useEffect(() => {
    if (!map || mode !== 'polygon') return;
    const onClick = (e: MapMouseEvent) => setDraft((d) => [...d, [e.lngLat.lng, e.lngLat.lat]]);
    map.map.on('click', onClick);
    map.map.doubleClickZoom.disable();
    return () => {
      map.map.off('click', onClick);
      map.map.doubleClickZoom.enable();
    };
  }, [map, mode]);

  // Lasso: press, drag, release; the map does not pan meanwhile.
  useEffect(() => {
    if (!map || mode !== 'lasso') return;
    const m = map.map;
    const handlers = [m.dragPan, m.boxZoom, m.dragRotate].filter((h) => h.isEnabled());
    for (const h of handlers) h.disable();
    const target = m.getCanvasContainer();
    let points: Point[] = [];
    let last: [number, number] | null = null;
    let remove = false;
    let frame = 0;
    // The path goes to the map source once per animation frame, without a React render.
    const redraw = () => {
      frame = 0;
      setTerritoryDraft(m, points);
    };
    const local = (e: PointerEvent): [number, number] => {
      const r = target.getBoundingClientRect();
      return [e.clientX - r.left, e.clientY - r.top];
    };
    const add = (xy: [number, number]) => {
      const ll = m.unproject(xy);
      points.push([ll.lng, ll.lat]);
      last = xy;
      frame ||= requestAnimationFrame(redraw);
    };
    const onDown = (e: PointerEvent) => {
      if (e.button !== 0) return;
      remove = removeRef.current || e.shiftKey || e.altKey;
      points = [];
      add(local(e));
      target.setPointerCapture(e.pointerId);
      e.preventDefault();
    };
    const onMove = (e: PointerEvent) => {
      if (!last) return;
      const xy = local(e);
      if (Math.hypot(xy[0] - last[0], xy[1] - last[1]) >= LASSO_STEP_PX) add(xy);
    };
    const onUp = (e: PointerEvent) => {
      if (!last) return;
      last = null;
      if (target.hasPointerCapture(e.pointerId)) target.releasePointerCapture(e.pointerId);
      const ring = points;
      points = [];
      cancelAnimationFrame(frame);
      redraw();
      if (ring.length >= 3) onShapeRef.current(ring, remove);
    };
    target.addEventListener('pointerdown', onDown);
    target.addEventListener('pointermove', onMove);
    target.addEventListener('pointerup', onUp);
    target.addEventListener('pointercancel', onUp);
    target.style.cursor = 'crosshair';
    return () => {
      target.removeEventListener('pointerdown', onDown);
      target.removeEventListener('pointermove', onMove);
      target.removeEventListener('pointerup', onUp);
      target.removeEventListener('pointercancel', onUp);
      target.style.cursor = '';
      cancelAnimationFrame(frame);
      setTerritoryDraft(m, []);
      for (const h of handlers) h.enable();
    };
  }, [map, mode]);

  const finishPolygon = useCallback(() => {
    const ring = draft;
    setMode(null);
    setDraft([]);
    if (ring.length >= 3) onShapeRef.current(ring, removeRef.current);
  }, [draft]);

  return {
    mode,
    /** True while a shape is being drawn: map clicks must not toggle communes. */
    drawing: mode !== null,
    draftPoints: draft.length,
    removeMode,
    setRemoveMode,
    startPolygon: () => {
      setDraft([]);
      setMode('polygon');
    },
    startLasso: () => {
      setDraft([]);
      setMode('lasso');
    },
    finishPolygon,
    stop: () => {
      setDraft([]);
      setMode(null);
    },
  };
}
