import type { ClassEntry } from '../core/classify/choropleth-classes';
import { NO_DATA_COLOUR } from '../core/classify/palettes';

/** One row of the legend; `count` is the number of communes drawn in that colour, when known. */
export interface LegendEntry {
  colour: string;
  label: string;
  count?: number;
}

/** What the legend component and the PNG export draw. */
export interface LegendModel {
  title: string;
  unit: string;
  entries: LegendEntry[];
  /** Notes to read with the classes (e.g. quantile breaks merged by tied values). */
  notes?: string[];
}

/**
 * Builds the legend of a choropleth from its classes (`classValues`): one entry per class, with
 * its number of communes, and one for missing values when there are any (`missingLabel`, e.g.
 * « non chargé » when the layer the indicator needs is not loaded: missing is never shown as a
 * class of zeros).
 *
 * @example buildLegendModel('Densité', 'hab./km²', { entries: [{ colour: '#eee', label: '0 – 10', count: 3 }], notes: [], missing: 0 }).entries[0].label // '0 – 10'
 */
export function buildLegendModel(
  title: string,
  unit: string,
  classed: { entries: readonly ClassEntry[]; notes: readonly string[]; missing: number },
  missingLabel = 'Pas de donnée',
): LegendModel {
  const entries: LegendEntry[] = classed.entries.map((e) => ({ ...e }));
  if (classed.missing > 0)
    entries.push({ colour: NO_DATA_COLOUR, label: missingLabel, count: classed.missing });
  return { title, unit, entries, notes: [...classed.notes] };
}

/**
 * Text of one legend entry as shown and exported: its label, then the number of communes.
 *
 * @example legendEntryText({ colour: '#fff', label: 'Aucun (0)', count: 12 }) // 'Aucun (0) · 12 communes'
 */
export function legendEntryText(entry: LegendEntry): string {
  if (entry.count === undefined) return entry.label;
  return `${entry.label} · ${entry.count.toLocaleString('fr-FR')} commune${entry.count > 1 ? 's' : ''}`;
}
