const MONTHS = [
  'janvier',
  'février',
  'mars',
  'avril',
  'mai',
  'juin',
  'juillet',
  'août',
  'septembre',
  'octobre',
  'novembre',
  'décembre',
];

/**
 * A calendar date written the French way (« 1er décembre 2026 »), from an ISO date YYYY-MM-DD
 * (read as a calendar date, never shifted by a time zone). Returns the input when it is not one.
 *
 * @example formatFrenchDate('2026-12-01'); // => '1er décembre 2026'
 */
export function formatFrenchDate(iso: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  const month = m ? MONTHS[Number(m[2]) - 1] : undefined;
  if (!m || !month) return iso;
  const day = Number(m[3]);
  return `${day === 1 ? '1er' : day} ${month} ${m[1]}`;
}
