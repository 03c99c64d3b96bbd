import { useMemo } from 'react';
import { classValues } from '../core/classify/choropleth-classes';
import type { ClassMethod } from '../core/classify/compute-class-breaks';
import { paletteColours, type PaletteName } from '../core/classify/palettes';
import { buildLegendModel, type LegendModel } from '../map/legend-model';
import { indicatorValue, type IndicatorDefinition } from './indicators';
import type { CommuneRow } from './load-data';

export interface ChoroplethSettings {
  indicator: IndicatorDefinition;
  method: ClassMethod;
  classes: number;
  palette: PaletteName;
}

export interface Choropleth {
  colourByCode: Map<string, string | null>;
  legend: LegendModel;
  valueByCode: Map<string, number | null>;
}

/** Colour of the « Aucun » class (no professional): lighter than every palette's first class. */
const ZERO_CLASS_COLOUR = '#fbf7f0';

/** Classes the communes for the chosen indicator and gives each its colour and the legend. */
export function useChoropleth(
  communes: readonly CommuneRow[] | null,
  settings: ChoroplethSettings,
): Choropleth | null {
  const { indicator, method, classes, palette } = settings;
  return useMemo(() => {
    if (!communes) return null;
    const valueByCode = new Map(
      communes.map((c) => [c.code, indicatorValue(c, indicator)] as const),
    );
    const start = performance.now();
    const classed = classValues([...valueByCode.values()], {
      method,
      // The « Aucun » class takes one of the classes asked for.
      classes: indicator.zeroClass ? Math.max(1, classes - 1) : classes,
      colours: (n) => paletteColours(palette, n),
      zeroClass: indicator.zeroClass ? { label: 'Aucun (0)', colour: ZERO_CLASS_COLOUR } : null,
      digits: indicator.digits,
    });
    performance.measure('perimetre:classify', { start, end: performance.now() });
    const colourByCode = new Map<string, string | null>();
    for (const [code, value] of valueByCode) colourByCode.set(code, classed.colourOf(value));
    const legend = buildLegendModel(
      indicator.label,
      indicator.unit,
      classed,
      // No commune has a value: the layer is not loaded, say which file to load.
      classed.missing > 0 && classed.missing === valueByCode.size
        ? `Non chargé — chargez ${indicator.needs} (onglet Importer)`
        : 'Pas de donnée',
    );
    return { colourByCode, legend, valueByCode };
  }, [communes, indicator, method, classes, palette]);
}
