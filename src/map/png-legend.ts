/**
 * The PNG export's legend column, flattened from the map's one legend model (so the exported key
 * is exactly the on-screen one): a heading row per block, then its entries drawn as on the map.
 */
import type { Map as MapLibreMap } from 'maplibre-gl';
import { mapLegendOf } from './drawn-layers';
import type { PngLegendItem } from './export-png';
import { legendEntryText, type LegendSymbol, type MapLegend } from './legend-model';

/** A row with no visible swatch (white outline on white): a heading or a note. */
const textRow = (label: string): PngLegendItem => ({ colour: '#ffffff', label, line: true });

/**
 * Colour of `colour` at `opacity` over white, as the map shows a wash over a light background.
 *
 * @example blendOnWhite('#0072B2', 0.5) // '#80b9d9'
 */
export function blendOnWhite(colour: string, opacity: number): string {
  const hex = colour.replace('#', '');
  if (!/^[0-9a-f]{6}$/i.test(hex)) return colour;
  const channel = (i: number) => {
    const v = parseInt(hex.slice(i, i + 2), 16);
    return Math.round(255 - (255 - v) * opacity)
      .toString(16)
      .padStart(2, '0');
  };
  return `#${channel(0)}${channel(2)}${channel(4)}`;
}

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
      return {
        colour: symbol.colour,
        label: `${label} (trait de ${symbol.widthPx} px)`,
        line: true,
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
