/**
 * The one-sentence outcome of an import, shown above the per-file reports: it never claims that
 * the map shows the user's data when no row was kept.
 */
import type { ImportReport } from './import-api';

/** Severity of the headline: all loaded, some files without any row kept, nothing loaded. */
export type ImportOutcome = 'loaded' | 'partial' | 'nothing';

const fr = (n: number) => n.toLocaleString('fr-FR');
const rows = (n: number) => `${fr(n)} ligne${n > 1 ? 's' : ''}`;

/**
 * The headline of an import from its reports: « Aucune donnée chargée » when no file kept a row
 * (empty, binary, unrecognised or fully rejected files), « Import partiel » naming the files that
 * kept nothing, otherwise the rows kept and rejected.
 *
 * @example importHeadline([{ fileName: 'pop.csv', acceptedCount: 0, rejectedCount: 3, kind: 'population' } as ImportReport]).outcome // 'nothing'
 */
export function importHeadline(reports: readonly ImportReport[]): {
  outcome: ImportOutcome;
  text: string;
} {
  const empty = reports.filter((r) => r.acceptedCount === 0);
  const kept = reports.reduce((sum, r) => sum + r.acceptedCount, 0);
  const rejected = reports.reduce((sum, r) => sum + r.rejectedCount, 0);
  const names = (list: readonly ImportReport[]) =>
    list.map((r) => `« ${r.fileName} » (${why(r)})`).join(', ');
  if (reports.length === 0 || empty.length === reports.length)
    return {
      outcome: 'nothing',
      text: `Aucune donnée chargée : ${names(empty) || 'aucun fichier lu'}. Les données déjà chargées sont conservées ; voir les rapports ci-dessous pour corriger.`,
    };
  if (empty.length > 0)
    return {
      outcome: 'partial',
      text: `Import partiel : ${rows(kept)} retenue(s) dans ${reports.length - empty.length} fichier(s), mais rien de ${names(empty)}. Voir les rapports ci-dessous.`,
    };
  return {
    outcome: 'loaded',
    text: `Import terminé : ${rows(kept)} retenue(s)${rejected ? `, ${rows(rejected)} rejetée(s) (voir les rapports)` : ''} ; la carte et les panneaux montrent vos données.`,
  };
}

/** Why a file kept no row, in a few words. */
function why(report: ImportReport): string {
  if (report.kind === null) return 'type de fichier non reconnu';
  if (report.rowCount === 0) return 'aucune ligne de données';
  return `${rows(report.rejectedCount)} rejetée(s) sur ${fr(report.rowCount)}`;
}
