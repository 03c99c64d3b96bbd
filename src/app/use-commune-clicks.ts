/**
 * Map clicks and keyboard shortcuts of the territory workbench. A click on a commune marks it over
 * the map in the next frame (`ClickMarks`; no worker round trip before the mark) and toggles it in the active
 * territory, following the click rule of `PendingClicks` (a double click, or a second click while
 * the first is computing, is ignored). Ctrl+Z undoes, Ctrl+Y and Ctrl+Shift+Z redo.
 */
import { useEffect, useRef } from 'react';
import type { AppServices } from './app-services';
import type { ClickFeedback } from './use-territory-layers';
import type { PendingClicks } from './pending-clicks';
import { requestTerritoryAnalysis } from './use-territory-analysis';
import { activeTerritory, type TerritoryAction } from './territory-store';

export function useCommuneClicks(
  services: AppServices,
  clicks: PendingClicks,
  feedback: ClickFeedback | null,
  drawing: boolean,
  dispatch: (action: TerritoryAction) => void,
): void {
  const { store } = services.territories;
  const drawingRef = useRef(drawing);
  drawingRef.current = drawing;
  const feedbackRef = useRef(feedback);
  feedbackRef.current = feedback;

  useEffect(() => {
    services.setClickHandler((code) => {
      // A shape being drawn takes the clicks; without a territory the commune card opens.
      if (drawingRef.current) return true;
      // The store as it is now (the render may lag behind a click of the same frame).
      const territory = activeTerritory(store.getSnapshot().history.present);
      if (!code || !territory) return false;
      const kind = clicks.click(code, territory.codes.includes(code), performance.now());
      if (!kind) return true;
      // Drawn on the overlay now; the map's own frame waits for the indicators (MapFrameGate).
      feedbackRef.current?.gate.claim();
      feedbackRef.current?.marks.mark(code, kind);
      // What the mark shows is what the click does.
      dispatch({ type: kind, codes: [code] });
      // The worker starts on the new territory before React renders the click.
      const next = activeTerritory(store.getSnapshot().history.present);
      if (next && next.codes !== territory.codes) requestTerritoryAnalysis(next.codes);
      return true;
    });
    return () => services.setClickHandler(null);
  }, [services, store, clicks, dispatch]);

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
}
