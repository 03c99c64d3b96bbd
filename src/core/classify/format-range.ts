/**
 * Class labels as a French reader expects them: « 0 – 10,9 », a true minus sign for negatives and
 * « à » between them (« −0,41 à −0,21 », never « -0,41 – -0,21 »), one value for a one-value class.
 */

/**
 * Formats one number the French way (narrow no-break thousands separator, decimal comma) with a
 * true minus sign (U+2212) for negatives.
 *
 * @example formatClassNumber(-0.4123, 2) // '−0,41'
 */
function formatClassNumber(value: number, digits: number): string {
  const text = new Intl.NumberFormat('fr-FR', {
    maximumFractionDigits: digits,
    minimumFractionDigits: 0,
  }).format(value === 0 ? 0 : value);
  return text.replace(/^-/, '\u2212');
}

/**
 * Label of the class [lower, upper[: « a – b » when both are non-negative, « a à b » otherwise.
 *
 * @example formatRange(0, 10.94, 1) // '0 – 10,9'
 * @example formatRange(-0.41, -0.21, 2) // '−0,41 à −0,21'
 */
export function formatRange(lower: number, upper: number, digits: number): string {
  const a = formatClassNumber(lower, digits);
  const b = formatClassNumber(upper, digits);
  if (a === b) return a;
  return lower < 0 || upper < 0 ? `${a} à ${b}` : `${a} – ${b}`;
}
