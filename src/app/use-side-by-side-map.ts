import { placeLabelsOf } from './place-labels-of';
import { useEffect, useRef, useState, type RefObject } from 'react';
import { SideBySideMaps } from '../map/side-by-side-map';
import type { LoadedData } from './load-data';

/**
 * Owns the two synchronised maps of the APL comparison (src/map/side-by-side-map.ts): pushes the
 * commune polygons and each side's colours, and maintains on `stateRef` the attributes
 * `data-state` (`loading`, `ready`, `error`), `data-rendered-left` / `data-rendered-right`
 * (communes drawn on each side) and `data-zoom-left` / `data-zoom-right` (camera after a move).
 */
export function useSideBySideMap(
  leftRef: RefObject<HTMLDivElement | null>,
  rightRef: RefObject<HTMLDivElement | null>,
  stateRef: RefObject<HTMLElement | null>,
  data: LoadedData,
  left: ReadonlyMap<string, string | null>,
  right: ReadonlyMap<string, string | null>,
): void {
  const [maps, setMaps] = useState<SideBySideMaps | null>(null);
  /** The data last pushed (recolouring does not re-send the polygons). */
  const drawn = useRef<{ maps: SideBySideMaps; data: LoadedData } | null>(null);
  useEffect(() => {
    if (!leftRef.current || !rightRef.current) return;
    const instance = new SideBySideMaps(
      leftRef.current,
      rightRef.current,
      import.meta.env.VITE_BASEMAP_TILES as string | undefined,
    );
    setMaps(instance);
    // The camera of each side, for the user's eyes and the end-to-end test of the sync.
    for (const side of ['left', 'right'] as const) {
      instance.maps[side].on('moveend', () => {
        const el = stateRef.current;
        if (el)
          el.dataset[`zoom${side === 'left' ? 'Left' : 'Right'}`] = instance.maps[side]
            .getZoom()
            .toFixed(3);
      });
    }
    return () => instance.destroy();
  }, [leftRef, rightRef, stateRef]);
  useEffect(() => {
    if (!maps) return;
    const el = stateRef.current;
    let cancelled = false;
    if (el) el.dataset.state = 'loading';
    const draw = async () => {
      if (drawn.current?.maps !== maps || drawn.current.data !== data) {
        await maps.setData(data.communeTiles, placeLabelsOf(data), data.landMasses);
        drawn.current = { maps, data };
      }
      maps.setColours('left', left);
      maps.setColours('right', right);
      await maps.whenIdle();
      if (cancelled || !el) return;
      el.dataset.renderedLeft = String(maps.renderedCount('left'));
      el.dataset.renderedRight = String(maps.renderedCount('right'));
      el.dataset.state = 'ready';
    };
    draw().catch((error: unknown) => {
      if (el) el.dataset.state = 'error';
      console.error(error);
    });
    return () => {
      cancelled = true;
    };
  }, [maps, data, left, right, stateRef]);
}
