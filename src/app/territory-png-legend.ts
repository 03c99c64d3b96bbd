/**
 * The legend of the territory's PNG export: exactly what its map draws — the territory and its
 * outline, then overlaps, white zones and contiguity problems only when there are some, the CPTS
 * outlines and establishment families that are shown, and the choropleth underneath.
 */
import type { TerritoryAnalysis } from '../core/territory/analyse-territory';
import {
  ESTABLISHMENT_FAMILY_LABELS,
  type EstablishmentFamily,
} from '../core/territory/establishment-family';
import type { PngLegendItem } from '../map/export-png';
import { legendEntryText, type LegendModel } from '../map/legend-model';
import { TERRITORY_COLOURS } from '../map/territory-layers';
import type { AppServices } from './app-services';
import { ESTABLISHMENT_FAMILY_COLOURS } from './map-keys';

/**
 * Legend items of the territory map as drawn now.
 *
 * @example territoryPngLegend(analysis, services.drawn, families, services.legend)[0].label; // 'Communes du territoire'
 */
export function territoryPngLegend(
  analysis: TerritoryAnalysis,
  drawn: AppServices['drawn'],
  families: ReadonlySet<string>,
  choropleth: LegendModel | null,
): PngLegendItem[] {
  const items: PngLegendItem[] = [
    { colour: TERRITORY_COLOURS.in, label: 'Communes du territoire' },
  ];
  if (analysis.outline)
    items.push({ colour: TERRITORY_COLOURS.outline, label: 'Périmètre fusionné', line: true });
  if (analysis.overlaps?.some((o) => o.sharedCommunes.length > 0))
    items.push({
      colour: TERRITORY_COLOURS.overlap,
      label: 'Chevauchement avec une autre CPTS',
      hatch: true,
    });
  const white = analysis.whiteZones;
  if (white && white.inside.length + white.around.length > 0)
    items.push({ colour: TERRITORY_COLOURS['white-in'], label: 'Zone blanche (aucune CPTS)' });
  const c = analysis.contiguity;
  if (c.pieces.length > 1 || c.enclaves.length > 0 || c.holes > 0)
    items.push({
      colour: TERRITORY_COLOURS.offending,
      label: 'Problème de contiguïté',
      line: true,
    });
  for (const p of drawn.perimeters) items.push({ colour: p.colour, label: p.name, dash: true });
  if (drawn.establishments)
    for (const [family, label] of Object.entries(ESTABLISHMENT_FAMILY_LABELS) as [
      EstablishmentFamily,
      string,
    ][])
      if (families.has(family))
        items.push({ colour: ESTABLISHMENT_FAMILY_COLOURS[family] ?? '#666', label, dot: true });
  if (choropleth)
    items.push(
      {
        colour: '#ffffff',
        label: `Fond : ${choropleth.title}${choropleth.unit ? ` (${choropleth.unit})` : ''}`,
        line: true,
      },
      ...choropleth.entries.map((e) => ({ colour: e.colour, label: legendEntryText(e) })),
      ...(choropleth.notes ?? []).map((note) => ({ colour: '#ffffff', label: note, line: true })),
    );
  return items;
}
