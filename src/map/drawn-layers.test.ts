import { describe, expect, it } from 'vitest';
import type { Map as MapLibreMap } from 'maplibre-gl';
import { communesSelectedLayer } from './commune-layers';
import { drawnOn, mapLegendOf, onDrawnChange, reportDrawn } from './drawn-layers';
import { SEARCH_HIGHLIGHT } from './map-symbols';

/** The registry only uses the map as a key. */
const fakeMap = () => ({}) as MapLibreMap;

describe('what the map draws', () => {
  it('starts empty, keeps each part reported and notifies on every report', () => {
    const map = fakeMap();
    expect(mapLegendOf(map).sections).toEqual([]);
    let calls = 0;
    const stop = onDrawnChange(map, () => (calls += 1));
    reportDrawn(map, { perimeters: [{ name: 'CPTS A', colour: '#E69F00' }] });
    reportDrawn(map, { search: { name: 'Agneaux' } });
    expect(calls).toBe(2);
    expect(mapLegendOf(map).sections.map((s) => s.id)).toEqual(['search', 'perimeters']);
    // A layer toggled off: its entry goes.
    reportDrawn(map, { perimeters: [] });
    expect(mapLegendOf(map).sections.map((s) => s.id)).toEqual(['search']);
    stop();
    reportDrawn(map, { search: null });
    expect(calls).toBe(3);
  });

  it('keeps one record per map and the same snapshot between reports', () => {
    const a = fakeMap();
    const b = fakeMap();
    reportDrawn(a, { regionHighlight: { name: 'CPTS A' } });
    expect(drawnOn(b).regionHighlight).toBeNull();
    expect(drawnOn(a)).toBe(drawnOn(a));
  });

  it('draws the search highlight as the legend says', () => {
    expect(communesSelectedLayer.paint?.['line-color']).toBe(SEARCH_HIGHLIGHT.colour);
    expect(communesSelectedLayer.paint?.['line-width']).toBe(SEARCH_HIGHLIGHT.widthPx);
  });
});
