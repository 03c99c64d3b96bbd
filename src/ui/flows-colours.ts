/** Colours of the « Flux PMSI » choropleths (colour-blind-aware categorical and sequential sets). */
import type { MapOverlay } from '../app/app-services';
import { NO_DATA_COLOUR } from '../core/classify/palettes';

type LegendModel = MapOverlay['legend'];

/** Okabe & Ito (2008) then ColorBrewer Set2/Dark2 for more categories. */
export const CATEGORY_COLOURS = [
  '#E69F00',
  '#56B4E9',
  '#009E73',
  '#F0E442',
  '#0072B2',
  '#D55E00',
  '#CC79A7',
  '#66C2A5',
  '#FC8D62',
  '#8DA0CB',
  '#A6D854',
  '#E5C494',
  '#1B9E77',
  '#7570B3',
  '#E7298A',
  '#66A61E',
];

/** Shares of stays in the main destination (ColorBrewer YlOrRd, 5 classes). */
export const SHARE_CLASSES = [
  { from: 0, to: 0.4, colour: '#ffffb2' },
  { from: 0.4, to: 0.55, colour: '#fecc5c' },
  { from: 0.55, to: 0.7, colour: '#fd8d3c' },
  { from: 0.7, to: 0.85, colour: '#f03b20' },
  { from: 0.85, to: 1.0001, colour: '#bd0026' },
];

/**
 * A categorical overlay: each code coloured by its group, legend listing the groups with their
 * number of communes (and the communes outside every group, when there are some).
 */
export function categoricalOverlay(
  title: string,
  groupByCode: ReadonlyMap<string, string>,
  labelOf: (group: string) => string,
  allCodes: readonly string[],
  key: { unit: string; outsideLabel: string },
): { legend: LegendModel; colourByCode: Map<string, string | null> } {
  const groups = [...new Set(groupByCode.values())].sort();
  const colour = new Map(
    groups.map((g, i) => [g, CATEGORY_COLOURS[i % CATEGORY_COLOURS.length] as string]),
  );
  const colourByCode = new Map<string, string | null>(
    allCodes.map((c) => {
      const g = groupByCode.get(c);
      return [c, g === undefined ? null : (colour.get(g) ?? null)];
    }),
  );
  const counts = new Map<string, number>();
  for (const c of allCodes) {
    const g = groupByCode.get(c);
    if (g !== undefined) counts.set(g, (counts.get(g) ?? 0) + 1);
  }
  const outside = allCodes.length - [...counts.values()].reduce((a, b) => a + b, 0);
  const entries = groups.map((g) => ({
    colour: colour.get(g) as string,
    label: labelOf(g),
    count: counts.get(g) ?? 0,
  }));
  if (outside > 0)
    entries.push({ colour: NO_DATA_COLOUR, label: key.outsideLabel, count: outside });
  return { legend: { title, unit: key.unit, entries }, colourByCode };
}
