/**
 * The legends of the dossier's SVG maps, flattened from the one legend model of Périmètre
 * (`buildMapLegend`, also behind the on-screen legend and the PNG export), so the dossier keys
 * its symbols with the same words, colours and counts as the app.
 */
import {
  blendOnWhite,
  legendEntryText,
  type LegendSymbol,
  type MapLegend,
} from '../legend/map-legend';
import type { SvgLegendItem } from './svg-map';

/**
 * Rows of an SVG map's legend: each block's entries drawn as the map draws them, after a heading
 * row per block when there are several blocks (a heading has no swatch).
 *
 * @example toSvgLegendItems({ sections: [{ id: 'search', title: 'Recherche', items: [{ symbol: { kind: 'dot', colour: '#000' }, label: 'A' }] }] })[0].label // 'A'
 */
export function toSvgLegendItems(legend: MapLegend): SvgLegendItem[] {
  const headed = legend.sections.length > 1;
  return legend.sections.flatMap((section) => [
    ...(headed
      ? [{ label: section.unit ? `${section.title} (${section.unit})` : section.title }]
      : []),
    ...section.items.map((item) => svgItemOf(item.symbol, legendEntryText(item))),
  ]);
}

function svgItemOf(symbol: LegendSymbol, label: string): SvgLegendItem {
  switch (symbol.kind) {
    case 'fill':
      return { label, fill: blendOnWhite(symbol.colour, symbol.opacity ?? 1), stroke: '#ffffff' };
    case 'hatch':
      // The map's hatching (its colour is the SVG pattern's) over the wash beneath it.
      return {
        label,
        fill: symbol.under ? blendOnWhite(symbol.under, 0.3) : '#ffffff',
        stroke: symbol.colour,
        hatch: true,
      };
    case 'outline':
      return {
        label,
        fill: 'none',
        stroke: symbol.colour,
        ...(symbol.dashed ? { dash: '4 2' } : {}),
      };
    case 'dot':
      return { label, point: { fill: symbol.colour, stroke: '#ffffff', radius: 4 } };
    case 'line':
      return { label, line: { width: symbol.widthPx, colour: symbol.colour } };
  }
}
