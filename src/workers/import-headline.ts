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
 * kept nothing, otherwise the rows kept and rejected; `replaced` names the files whose table the
 * import replaced (DuckDB's register, `loaded_files`).
 *
 * @example importHeadline([{ fileName: 'pop.csv', acceptedCount: 0, rejectedCount: 3, kind: 'population' } as ImportReport]).outcome // 'nothing'
 */
export function importHeadline(
  reports: readonly ImportReport[],
  replaced: readonly string[] = [],
): {
  outcome: ImportOutcome;
  text: string;
} {
  const replacing = replaced.length
    ? ` ; ${replaced.map((n) => `« ${n} »`).join(', ')} remplacé${replaced.length > 1 ? 's' : ''} (plus dans les tables)`
    : '';
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
      text: `Import partiel : ${rows(kept)} retenue(s) dans ${reports.length - empty.length} fichier(s), mais rien de ${names(empty)}${replacing}. Voir les rapports ci-dessous.`,
    };
  return {
    outcome: 'loaded',
    text: `Import terminé : ${rows(kept)} retenue(s)${rejected ? `, ${rows(rejected)} rejetée(s) (voir les rapports)` : ''}${replacing} ; la carte et les panneaux montrent vos données.`,
  };
}

/** Why a file kept no row, in a few words. */
function why(report: ImportReport): string {
  if (report.kind === null) return 'type de fichier non reconnu';
  if (report.rowCount === 0) return 'aucune ligne de données';
  return `${rows(report.rejectedCount)} rejetée(s) sur ${fr(report.rowCount)}`;
}

/** Severity of a start that restored or erased the data kept on this computer. */
export type DataStateOutcome = 'restored' | 'partial-restore' | 'erased';

/**
 * The banner of a start that re-imported the files kept on this computer: « Données restaurées
 * depuis cet ordinateur : … », naming the files and the rows kept; « Restauration partielle »
 * naming the files that could not be read again (`failure`) or kept nothing.
 *
 * @example restoredHeadline([{ fileName: 'pop.csv', acceptedCount: 352 } as ImportReport], null).text
 * // => 'Données restaurées depuis cet ordinateur : « pop.csv » (352 lignes retenues).'
 */
export function restoredHeadline(
  reports: readonly ImportReport[],
  failure: string | null,
): { outcome: DataStateOutcome; text: string } {
  const loaded = reports.filter((r) => r.acceptedCount > 0);
  const empty = reports.filter((r) => r.acceptedCount === 0);
  const kept = loaded.reduce((sum, r) => sum + r.acceptedCount, 0);
  const list = loaded.map((r) => `« ${r.fileName} »`).join(', ') || 'aucun fichier';
  const text = `${list} (${rows(kept)} retenue${kept > 1 ? 's' : ''})`;
  if (failure === null && empty.length === 0)
    return { outcome: 'restored', text: `Données restaurées depuis cet ordinateur : ${text}.` };
  const problems = [
    ...(failure ? [`illisible : ${failure}`] : []),
    ...empty.map((r) => `« ${r.fileName} » (${why(r)})`),
  ];
  return {
    outcome: 'partial-restore',
    text: `Restauration partielle depuis cet ordinateur : ${text} ; ${problems.join(' ; ')}. Les fichiers restent gardés ; effacez-les ou importez-les de nouveau (onglet Importer).`,
  };
}

/**
 * The banner after « Effacer les données de cet ordinateur »: what was erased, and whether the
 * saved territories were erased too or kept.
 *
 * @example erasedHeadline({ files: 2, bytes: 1_200_000, territories: false }).text
 * // => 'Données effacées de cet ordinateur : 2 fichiers importés (1,2 Mo) ; territoires enregistrés conservés.'
 */
export function erasedHeadline(erased: { files: number; bytes: number; territories: boolean }): {
  outcome: DataStateOutcome;
  text: string;
} {
  const files =
    erased.files > 0
      ? `${fr(erased.files)} fichier${erased.files > 1 ? 's' : ''} importé${erased.files > 1 ? 's' : ''} (${megabytes(erased.bytes)})`
      : 'aucun fichier importé n’était gardé';
  return {
    outcome: 'erased',
    text: `Données effacées de cet ordinateur : ${files} ; territoires enregistrés ${erased.territories ? 'effacés' : 'conservés'}.`,
  };
}

/** Bytes as « 1,2 Mo » (one decimal; 1 Mo = 10⁶ octets). */
function megabytes(bytes: number): string {
  return `${(bytes / 1e6).toLocaleString('fr-FR', { maximumFractionDigits: 1 })} Mo`;
}
