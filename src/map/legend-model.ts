import { NO_DATA_COLOUR } from '../core/classify/palettes';

/** One row of the legend. */
export interface LegendEntry {
  colour: string;
  label: string;
}

/** What the legend component and the PNG export draw. */
export interface LegendModel {
  title: string;
  unit: string;
  entries: LegendEntry[];
}

const formatter = (digits: number) =>
  new Intl.NumberFormat('fr-FR', { maximumFractionDigits: digits, minimumFractionDigits: 0 });

/**
 * Builds the legend of a choropleth: one entry per class `[a – b[` (the last one closed) and one
 * for missing values when there are any (`missingLabel`, e.g. « non chargé » when the layer the
 * indicator needs is not loaded: missing is never shown as a class of zeros).
 *
 * @example buildLegendModel('Densité', 'hab./km²', [0, 10, 20], ['#eee', '#333'], 0).entries[0].label // '0 – 10'
 */
export function buildLegendModel(
  title: string,
  unit: string,
  breaks: readonly number[],
  colours: readonly string[],
  missingCount: number,
  digits = 1,
  missingLabel = 'Pas de donnée',
): LegendModel {
  const fmt = formatter(digits);
  const entries: LegendEntry[] = [];
  for (let i = 0; i + 1 < breaks.length; i++) {
    entries.push({
      colour: colours[i] ?? NO_DATA_COLOUR,
      label: `${fmt.format(breaks[i] as number)} – ${fmt.format(breaks[i + 1] as number)}`,
    });
  }
  if (missingCount > 0) {
    entries.push({ colour: NO_DATA_COLOUR, label: `${missingLabel} (${missingCount})` });
  }
  return { title, unit, entries };
}
