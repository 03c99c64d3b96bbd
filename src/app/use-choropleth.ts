import { useMemo } from 'react';
import {
  classIndexOf,
  computeClassBreaks,
  type ClassMethod,
} from '../core/classify/compute-class-breaks';
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
    const values = [...valueByCode.values()];
    const start = performance.now();
    const { breaks } = computeClassBreaks(values, method, classes);
    performance.measure('perimetre:classify', { start, end: performance.now() });
    const colours = paletteColours(palette, Math.max(1, breaks.length - 1));
    const colourByCode = new Map<string, string | null>();
    let missing = 0;
    for (const [code, value] of valueByCode) {
      const index = classIndexOf(value, breaks);
      if (index < 0) missing += 1;
      colourByCode.set(code, index < 0 ? null : (colours[index] ?? null));
    }
    const legend = buildLegendModel(
      indicator.label,
      indicator.unit,
      breaks,
      colours,
      missing,
      indicator.digits,
      // No commune has a value: the layer is not loaded, say which file to load.
      missing > 0 && missing === valueByCode.size
        ? `Non chargé — chargez ${indicator.needs} (onglet Importer)`
        : 'Pas de donnée',
    );
    return { colourByCode, legend, valueByCode };
  }, [communes, indicator, method, classes, palette]);
}
