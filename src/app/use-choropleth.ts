import { useMemo } from 'react';
import { classValues } from '../core/classify/choropleth-classes';
import type { ClassMethod } from '../core/classify/compute-class-breaks';
import { paletteColours, type PaletteName } from '../core/classify/palettes';
import { buildLegendModel, type LegendModel } from '../map/legend-model';
import type { CommuneTable } from './commune-table';
import { indicatorValueAt, type IndicatorDefinition } from './indicators';

export interface ChoroplethSettings {
  indicator: IndicatorDefinition;
  method: ClassMethod;
  classes: number;
  palette: PaletteName;
}

export interface Choropleth {
  colourByCode: Map<string, string | null>;
  legend: LegendModel;
}

/** Colour of the « Aucun » class (no professional): lighter than every palette's first class. */
const ZERO_CLASS_COLOUR = '#fbf7f0';

/** Classes the communes for the chosen indicator and gives each its colour and the legend. */
export function useChoropleth(
  communes: CommuneTable | null,
  settings: ChoroplethSettings,
): Choropleth | null {
  const { indicator, method, classes, palette } = settings;
  return useMemo(() => {
    if (!communes) return null;
    // Values in the order of `communes.codes`; the hover reads each from the table itself.
    const values = communes.codes.map((_, i) => indicatorValueAt(communes, i, indicator));
    const start = performance.now();
    const classed = classValues(values, {
      method,
      // The « Aucun » class takes one of the classes asked for.
      classes: indicator.zeroClass ? Math.max(1, classes - 1) : classes,
      colours: (n) => paletteColours(palette, n),
      zeroClass: indicator.zeroClass ? { label: 'Aucun (0)', colour: ZERO_CLASS_COLOUR } : null,
      digits: indicator.digits,
    });
    performance.measure('perimetre:classify', { start, end: performance.now() });
    const colourByCode = new Map<string, string | null>();
    communes.codes.forEach((code, i) =>
      colourByCode.set(code, classed.colourOf(values[i] ?? null)),
    );
    const legend = buildLegendModel(
      indicator.label,
      indicator.unit,
      classed,
      // No commune has a value: the layer is not loaded, say which file to load.
      classed.missing > 0 && classed.missing === values.length
        ? `Non chargé — chargez ${indicator.needs} (onglet Importer)`
        : 'Pas de donnée',
    );
    return { colourByCode, legend };
  }, [communes, indicator, method, classes, palette]);
}
