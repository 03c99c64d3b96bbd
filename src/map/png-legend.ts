/**
 * The PNG export's legend column, flattened from the map's one legend model (so the exported key
 * is exactly the on-screen one): a heading row per block, then its entries drawn as on the map.
 */
import type { Map as MapLibreMap } from 'maplibre-gl';
import { mapLegendOf } from './drawn-layers';
import type { PngLegendItem } from './export-png';
import { blendOnWhite, legendEntryText, type LegendSymbol, type MapLegend } from './legend-model';
import { FLOW_LINE } from './map-symbols';

export { blendOnWhite };

/** A row with no visible swatch (white outline on white): a heading or a note. */
const textRow = (label: string): PngLegendItem => ({ colour: '#ffffff', label, line: true });

function itemOf(symbol: LegendSymbol, label: string): PngLegendItem {
  switch (symbol.kind) {
    case 'fill':
      return { colour: blendOnWhite(symbol.colour, symbol.opacity ?? 1), label };
    case 'hatch':
      return { colour: symbol.colour, label, hatch: true };
    case 'outline':
      return symbol.dashed
        ? { colour: symbol.colour, label, dash: true }
        : { colour: symbol.colour, label, line: true };
    case 'dot':
      return { colour: symbol.colour, label, dot: true };
    case 'line':
      // The flow's colour at the map's opacity over white, as thick as the map draws it.
      return {
        colour: blendOnWhite(symbol.colour, FLOW_LINE.opacity),
        label,
        width: symbol.widthPx,
      };
  }
}

/**
 * Legend rows of the PNG export: for each block its title (and unit), its entries with their
 * counts, then its notes.
 *
 * @example toPngLegendItems({ sections: [{ id: 'search', title: 'Recherche', items: [] }] })[0].label // 'Recherche'
 */
export function toPngLegendItems(legend: MapLegend): PngLegendItem[] {
  return legend.sections.flatMap((section) => [
    textRow(section.unit ? `${section.title} (${section.unit})` : section.title),
    ...section.items.map((item) => itemOf(item.symbol, legendEntryText(item))),
    ...(section.notes ?? []).map(textRow),
  ]);
}

/** Legend rows of what the map draws now. */
export function pngLegendOf(map: MapLibreMap): PngLegendItem[] {
  return toPngLegendItems(mapLegendOf(map));
}
