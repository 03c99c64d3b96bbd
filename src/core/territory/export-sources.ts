/**
 * The « sources » of a territory export: the files actually used by the territory analysis, with
 * their kind and, for population files, the vintage of the populations summed.
 */
import { inseeYearsLabel, UNKNOWN_YEAR } from './population-vintage';
import type { PopulationSource } from './territory-base';

/** What the exports need of a file report (structural, so that core does not import workers). */
export interface SourceReport {
  fileName: string;
  /** Detected kind (`communes`, `population`, `professionals`…), null when not recognised. */
  kind: string | null;
  acceptedCount: number;
  /** Where the file comes from, when the caller knows (else the origin of its table). */
  origin?: 'demo' | 'user';
}

/** One file cited by an export. */
export interface ExportSource {
  fileName: string;
  kind: string;
  /** French label of the kind. */
  kindLabel: string;
  /** Vintage(s) of a population file (« 2021 », « année inconnue »); null for other kinds. */
  year: string | null;
  /** A note on how the file is used (a contour file whose populations are summed), or null. */
  note: string | null;
  /** True for a file of the fictitious demo. */
  demo: boolean;
}

/** Table (dataset field) fed by each kind the territory analysis reads; other kinds are not cited. */
const TABLE_OF_KIND: Record<string, string> = {
  communes: 'communes',
  population: 'population',
  professionals: 'professionals',
  'professional-skills': 'professionals',
  establishments: 'establishments',
  perimeters: 'perimeters',
};

/** Tables fed by the PMSI files, cited only by a document that shows flows (the dossier). */
const FLOW_TABLE_OF_KIND: Record<string, string> = {
  stays: 'stays',
  'pmsi-zones': 'pmsiZones',
};

const KIND_LABELS: Record<string, string> = {
  communes: 'contours des communes',
  population: 'population INSEE',
  professionals: 'professionnels de santé (Annuaire Santé)',
  'professional-skills': 'savoir-faire des professionnels (Annuaire Santé)',
  establishments: 'établissements FINESS',
  perimeters: 'périmètres de CPTS',
  stays: 'séjours PMSI',
  'pmsi-zones': 'codes géographiques PMSI',
};

/**
 * The files a territory export cites. A file is cited when it was accepted (`acceptedCount > 0`)
 * and feeds a table the territory analysis reads whose content is loaded (`origins` has it; the
 * caller passes only the reports of files still in the tables). Demo files are flagged (the
 * report's `origin`, else the origin of its table). The population files get the census years of
 * the territory's INSEE populations, « année inconnue » when their files carried no year (never a
 * year read from a file name); a contour file whose populations are summed says so. With
 * `withFlows` (a document that shows PMSI flows), the stays and PMSI zone files are cited too.
 *
 * @example
 * buildExportSources([{ fileName: 'pop.csv', kind: 'population', acceptedCount: 445 }],
 *   { population: 'user' }, { populationYears: [2021], populationSources: ['insee'] })[0]?.year; // => '2021'
 */
export function buildExportSources(
  reports: readonly SourceReport[],
  origins: Readonly<Partial<Record<string, 'demo' | 'user'>>>,
  population: {
    /** Census years of the INSEE populations summed; null = année inconnue. */
    populationYears: readonly (number | null)[];
    populationSources: readonly PopulationSource[];
  },
  withFlows = false,
): ExportSource[] {
  const seen = new Set<string>();
  const sources: ExportSource[] = [];
  for (const r of reports) {
    const table = r.kind
      ? (TABLE_OF_KIND[r.kind] ?? (withFlows ? FLOW_TABLE_OF_KIND[r.kind] : undefined))
      : undefined;
    if (!r.kind || !table || r.acceptedCount <= 0 || seen.has(r.fileName)) continue;
    const origin = origins[table];
    if (!origin) continue;
    seen.add(r.fileName);
    const isPopulation = r.kind === 'population';
    const contours = r.kind === 'communes' && population.populationSources.includes('contours');
    sources.push({
      fileName: r.fileName,
      kind: r.kind,
      kindLabel: KIND_LABELS[r.kind] ?? r.kind,
      year: isPopulation ? (inseeYearsLabel(population.populationYears) ?? UNKNOWN_YEAR) : null,
      note: contours ? `population des contours utilisée, ${UNKNOWN_YEAR}` : null,
      demo: (r.origin ?? origin) === 'demo',
    });
  }
  return sources;
}

/**
 * One French line citing the sources, for a PNG footer or a sheet: « a.geojson (contours des
 * communes) ; pop.csv (population INSEE, millésime 2021) », or « (population INSEE, année
 * inconnue) » when the file carried no year.
 *
 * @example formatExportSources([]); // => 'aucun fichier'
 */
export function formatExportSources(sources: readonly ExportSource[]): string {
  if (sources.length === 0) return 'aucun fichier';
  return sources
    .map((s) => {
      const details = [
        s.kindLabel,
        s.year === null ? null : s.year === UNKNOWN_YEAR ? UNKNOWN_YEAR : `millésime ${s.year}`,
        s.note,
        s.demo ? 'données fictives' : null,
      ].filter((d) => d !== null);
      return `${s.fileName} (${details.join(', ')})`;
    })
    .join(' ; ');
}
