import type { ClassMethod } from '../core/classify/compute-class-breaks';
import type { CommuneTable } from './commune-table';

/** The choropleth indicators offered in the picker, by column of the commune indicators query. */
export interface IndicatorDefinition {
  id: string;
  label: string;
  unit: string;
  /** Column of `buildCommuneIndicatorsSql`. */
  column: string;
  /** The file the indicator needs, named when it is not loaded (« chargez … »). */
  needs: string;
  /** Multiplier applied for display (e.g. 100 for a share shown in %). */
  scale: number;
  digits: number;
  /**
   * Class method shown first: quantiles for skewed counts and densities (Brewer & Pickle 2002),
   * natural breaks for the age shares, whose values cluster.
   */
  defaultMethod: ClassMethod;
  /** Zero means « none » (no professional): it gets its own class « Aucun » in the legend. */
  zeroClass: boolean;
}

export const INDICATORS: readonly IndicatorDefinition[] = [
  {
    id: 'population',
    label: 'Population municipale',
    unit: 'habitants',
    column: 'population',
    needs: 'les populations INSEE (ou des contours portant une population)',
    scale: 1,
    defaultMethod: 'quantile',
    zeroClass: false,
    digits: 0,
  },
  {
    id: 'density',
    label: 'Densité de population',
    unit: 'hab./km²',
    column: 'density_km2',
    needs: 'les populations INSEE (ou des contours portant une population)',
    scale: 1,
    defaultMethod: 'quantile',
    zeroClass: false,
    digits: 0,
  },
  {
    id: 'share75',
    label: 'Part des 75 ans et plus',
    unit: '%',
    column: 'share_75p',
    needs: 'la structure par âge INSEE (base-cc-evol-struct-pop)',
    scale: 100,
    defaultMethod: 'jenks',
    zeroClass: false,
    digits: 1,
  },
  {
    id: 'share60',
    label: 'Part des 60 ans et plus',
    unit: '%',
    column: 'share_60p',
    needs: 'la structure par âge INSEE (base-cc-evol-struct-pop)',
    scale: 100,
    defaultMethod: 'jenks',
    zeroClass: false,
    digits: 1,
  },
  {
    id: 'share0014',
    label: 'Part des moins de 15 ans',
    unit: '%',
    column: 'share_0014',
    needs: 'la structure par âge INSEE (base-cc-evol-struct-pop)',
    scale: 100,
    defaultMethod: 'jenks',
    zeroClass: false,
    digits: 1,
  },
  {
    id: 'gp',
    label: 'Médecins généralistes pour 10 000 hab.',
    unit: 'pour 10 000 hab.',
    column: 'gp_per10k',
    needs: 'l’Annuaire Santé',
    scale: 1,
    defaultMethod: 'quantile',
    zeroClass: true,
    digits: 1,
  },
  {
    id: 'nurses',
    label: 'Infirmiers pour 10 000 hab.',
    unit: 'pour 10 000 hab.',
    column: 'nurses_per10k',
    needs: 'l’Annuaire Santé',
    scale: 1,
    defaultMethod: 'quantile',
    zeroClass: true,
    digits: 1,
  },
  {
    id: 'physios',
    label: 'Masseurs-kinésithérapeutes pour 10 000 hab.',
    unit: 'pour 10 000 hab.',
    column: 'physios_per10k',
    needs: 'l’Annuaire Santé',
    scale: 1,
    defaultMethod: 'quantile',
    zeroClass: true,
    digits: 1,
  },
  {
    id: 'pharmacists',
    label: 'Pharmaciens pour 10 000 hab.',
    unit: 'pour 10 000 hab.',
    column: 'pharmacists_per10k',
    needs: 'l’Annuaire Santé',
    scale: 1,
    defaultMethod: 'quantile',
    zeroClass: true,
    digits: 1,
  },
  {
    id: 'dentists',
    label: 'Chirurgiens-dentistes pour 10 000 hab.',
    unit: 'pour 10 000 hab.',
    column: 'dentists_per10k',
    needs: 'l’Annuaire Santé',
    scale: 1,
    defaultMethod: 'quantile',
    zeroClass: true,
    digits: 1,
  },
  {
    id: 'midwives',
    label: 'Sages-femmes pour 10 000 hab.',
    unit: 'pour 10 000 hab.',
    column: 'midwives_per10k',
    needs: 'l’Annuaire Santé',
    scale: 1,
    defaultMethod: 'quantile',
    zeroClass: true,
    digits: 1,
  },
];

export function indicatorById(id: string): IndicatorDefinition {
  return INDICATORS.find((i) => i.id === id) ?? (INDICATORS[0] as IndicatorDefinition);
}

/** Value of an indicator for one commune row, scaled for display; null when missing. */
export function indicatorValue(
  row: Record<string, unknown>,
  indicator: IndicatorDefinition,
): number | null {
  return scaledIndicatorValue(row[indicator.column], indicator);
}

/** Value of an indicator for the commune at `index` of the table, as `indicatorValue` of its row. */
export function indicatorValueAt(
  communes: CommuneTable,
  index: number,
  indicator: IndicatorDefinition,
): number | null {
  return scaledIndicatorValue(communes.value(indicator.column, index), indicator);
}

/** A raw column value scaled for display; null when missing or not a finite number. */
function scaledIndicatorValue(raw: unknown, indicator: IndicatorDefinition): number | null {
  return typeof raw === 'number' && Number.isFinite(raw) ? raw * indicator.scale : null;
}
