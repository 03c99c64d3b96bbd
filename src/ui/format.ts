/** French number formatting for the panels. */
export function formatNumber(value: unknown, digits = 0): string {
  if (typeof value !== 'number' || !Number.isFinite(value)) return '—';
  return new Intl.NumberFormat('fr-FR', {
    maximumFractionDigits: digits,
    minimumFractionDigits: digits,
  }).format(value);
}

export function formatPercent(share: unknown, digits = 1): string {
  return typeof share === 'number' && Number.isFinite(share)
    ? `${formatNumber(share * 100, digits)} %`
    : '—';
}
