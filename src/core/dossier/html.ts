/** Small HTML helpers of the dossier: escaping and French numbers (as the app's panels write them). */

/** Escapes text for HTML content and attribute values. */
export function esc(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/**
 * A number the French way with `digits` decimals (Intl fr-FR, as the panels' `formatNumber`),
 * « — » when absent.
 *
 * @example num(64739); // => '64 739' (narrow no-break space)
 */
export function num(value: number | null | undefined, digits = 0): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return '—';
  return new Intl.NumberFormat('fr-FR', {
    maximumFractionDigits: digits,
    minimumFractionDigits: digits,
  }).format(value);
}

/** A share (0–1) as a French percentage with one decimal, « — » when absent. */
export function pct(share: number | null | undefined): string {
  return share === null || share === undefined || !Number.isFinite(share)
    ? '—'
    : `${num(share * 100, 1)} %`;
}

/**
 * A figure the tests and the CLI/app parity check read back: `<span data-figure="name">`.
 *
 * @example figure('population', '64 739'); // => '<span data-figure="population">64 739</span>'
 */
export function figure(name: string, text: string): string {
  return `<span data-figure="${esc(name)}">${esc(text)}</span>`;
}

/** A table from a header row and body rows of already escaped HTML cells. */
export function table(
  head: readonly string[],
  rows: readonly (readonly string[])[],
  numeric: readonly number[] = [],
): string {
  const cell = (tag: string, html: string, i: number) =>
    `<${tag}${numeric.includes(i) ? ' class="n"' : ''}>${html}</${tag}>`;
  return `<table><thead><tr>${head.map((h, i) => cell('th', h, i)).join('')}</tr></thead><tbody>${rows
    .map((r) => `<tr>${r.map((h, i) => cell('td', h, i)).join('')}</tr>`)
    .join('')}</tbody></table>`;
}

/** « non disponible — chargez … » for a section whose data are not loaded. */
export function unavailable(what: string): string {
  return `<p class="na" data-unavailable>non disponible — chargez ${esc(what)}.</p>`;
}
