import type { ClassMethod } from '../core/classify/compute-class-breaks';
import { PALETTE_LABELS, type PaletteName } from '../core/classify/palettes';
import { INDICATORS } from '../app/indicators';
import { StartGuide } from './StartGuide';

export interface IndicatorControlsProps {
  indicatorId: string;
  method: ClassMethod;
  classes: number;
  palette: PaletteName;
  onChange: (
    change: Partial<{
      indicatorId: string;
      method: ClassMethod;
      classes: number;
      palette: PaletteName;
    }>,
  ) => void;
}

const METHOD_LABELS: Record<ClassMethod, string> = {
  quantile: 'Quantiles (effectifs égaux)',
  jenks: 'Seuils naturels (Jenks)',
  equal: 'Intervalles égaux',
};

/** Indicator picker and class-break settings of the choropleth. */
export function IndicatorControls({
  indicatorId,
  method,
  classes,
  palette,
  onChange,
}: IndicatorControlsProps) {
  return (
    <>
      <StartGuide />
      <section className="panel-section" aria-label="Indicateur">
        <label className="field">
          <span>Indicateur</span>
          <select
            data-testid="indicator-picker"
            value={indicatorId}
            onChange={(e) => onChange({ indicatorId: e.target.value })}
          >
            {INDICATORS.map((i) => (
              <option key={i.id} value={i.id}>
                {i.label}
              </option>
            ))}
          </select>
        </label>
        <div className="field-row">
          <label className="field">
            <span>Classes</span>
            <select
              data-testid="class-method"
              value={method}
              onChange={(e) => onChange({ method: e.target.value as ClassMethod })}
            >
              {Object.entries(METHOD_LABELS).map(([value, label]) => (
                <option key={value} value={value}>
                  {label}
                </option>
              ))}
            </select>
          </label>
          <label className="field narrow">
            <span>Nombre</span>
            <select value={classes} onChange={(e) => onChange({ classes: Number(e.target.value) })}>
              {[3, 4, 5, 6, 7, 8, 9].map((k) => (
                <option key={k} value={k}>
                  {k}
                </option>
              ))}
            </select>
          </label>
        </div>
        <label className="field">
          <span>Palette (adaptée aux daltoniens)</span>
          <select
            value={palette}
            onChange={(e) => onChange({ palette: e.target.value as PaletteName })}
          >
            {Object.entries(PALETTE_LABELS).map(([value, label]) => (
              <option key={value} value={value}>
                {label}
              </option>
            ))}
          </select>
        </label>
      </section>
    </>
  );
}
