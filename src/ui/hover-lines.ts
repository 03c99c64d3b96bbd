/** Lines of the map's hover tooltip (text only, so the units are tested without a browser). */
import { formatNumber } from './format';

/** Short units for the tooltip (« habitants » is written « hab. » after a number). */
const SHORT_UNITS: Record<string, string> = { habitants: 'hab.' };

/**
 * The indicator's line of a commune's tooltip: label, value and unit (« hab./km² », « pour
 * 10 000 hab. », « % »…); a missing value says so, never 0.
 *
 * @example indicatorHoverLine({ label: 'Densité de population', unit: 'hab./km²', digits: 0 }, 42) // 'Densité de population : 42 hab./km²'
 */
export function indicatorHoverLine(
  indicator: { label: string; unit: string; digits: number },
  value: number | null | undefined,
): string {
  if (value === null || value === undefined || !Number.isFinite(value))
    return `${indicator.label} : pas de donnée`;
  const unit = SHORT_UNITS[indicator.unit] ?? indicator.unit;
  return `${indicator.label} : ${formatNumber(value, indicator.digits)}${unit ? ` ${unit}` : ''}`;
}
