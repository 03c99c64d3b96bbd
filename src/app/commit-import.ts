/**
 * The end of an import in the app (`startImport`): keep the earlier age structure when a new
 * population file has none (said in the file's report), swap the staged tables in, and record in
 * DuckDB's register which file fed which table and which files were replaced or removed
 * (`loaded_files`), from which « Fichiers chargés » and the reports of the loaded files are read.
 */
import type { DataIssue, Dataset } from '../core/types';
import { keepEarlierAges, type KeptAges } from '../db/keep-earlier-ages';
import { queryLoadedFiles, recordImportedFiles, type LoadedFileEntry } from '../db/loaded-files';
import { DATASET_TABLES, type TableName } from '../db/schema';
import type { StagedImport } from '../db/staged-import';
import type { Connector } from '../db/connector';
import { DATASET_KEY_OF_KIND } from '../workers/dataset';
import type { ImportReport } from '../workers/import-api';

/** A file of the register with its import report. */
export type LoadedFile = LoadedFileEntry<ImportReport>;

/** The register after the import, and the reports of the files whose rows are in the tables. */
export interface CommittedImport {
  files: LoadedFile[];
  reports: (ImportReport & { origin: 'demo' | 'user' })[];
}

/**
 * Commits an import's staged tables and records it in the register (see the module comment).
 * `reports` are the import's reports; an issue is added to the population report when earlier
 * ages were kept or dropped. `removed` are the kinds the import emptied (demo tables removed).
 *
 * @example const { files, reports } = await commitImport(conn, staged, reports, 'user', []);
 */
export async function commitImport(
  conn: Connector,
  staged: StagedImport,
  reports: ImportReport[],
  origin: 'demo' | 'user',
  removed: readonly (keyof Dataset)[],
): Promise<CommittedImport> {
  // Staged tables are those the import filled, plus the emptied ones (`removed`).
  const swapped = new Set(
    staged.kinds.filter((k) => !removed.includes(k)).map((k) => DATASET_TABLES[k]),
  );
  const tableOf = (r: ImportReport): TableName | null => {
    const key = r.kind === null ? undefined : DATASET_KEY_OF_KIND[r.kind];
    return key ? DATASET_TABLES[key] : null;
  };
  const fed = (r: ImportReport) => {
    const table = tableOf(r);
    return r.acceptedCount > 0 && table !== null && swapped.has(table);
  };
  if (swapped.has('population')) {
    const before = (await queryLoadedFiles<ImportReport>(conn)).filter(
      (f) => f.status === 'loaded' && f.table === 'population',
    );
    const ages = await keepEarlierAges(conn);
    const target = reports.find((r) => fed(r) && tableOf(r) === 'population');
    if (ages && target && ages.kept > 0) {
      // The files that carried the ages (all the earlier ones when their reports do not say).
      const withAges = before.filter((f) => f.report.withAges);
      const files = (withAges.length ? withAges : before).map((f) => f.fileName);
      target.agesKept = { years: ages.years, files, communes: ages.kept };
    }
    if (ages && target)
      target.issues.push(
        agesIssue(
          target.fileName,
          ages,
          before.map((f) => f.fileName),
        ),
      );
  }
  await staged.commit();
  const files = (await recordImportedFiles(
    conn,
    reports.map((r) => ({
      fileName: r.fileName,
      kind: r.kind,
      table: tableOf(r),
      rowsKept: r.acceptedCount,
      fed: fed(r),
      report: r,
    })),
    origin,
    [...swapped],
    removed.map((k) => DATASET_TABLES[k]),
  )) as LoadedFile[];
  return {
    files,
    reports: files
      .filter((f) => f.status === 'loaded')
      .map((f) => ({ ...f.report, origin: f.origin })),
  };
}

/** The warning of a population file without ages: what was kept, what was dropped. */
function agesIssue(file: string, ages: KeptAges, earlier: readonly string[]): DataIssue {
  const from = earlier.length ? ` (${earlier.map((n) => `« ${n} »`).join(', ')})` : '';
  const years = ages.years.length ? `, millésime ${ages.years.join(', ')}` : '';
  const dropped =
    ages.dropped > 0
      ? ` ${ages.dropped} commune(s) avec une structure par âge ne sont pas dans ce fichier : leurs âges sont retirés avec leur population.`
      : '';
  const message =
    ages.kept > 0
      ? `${file} : ce fichier n’a pas de colonnes d’âge ; la structure par âge chargée avant${from} est conservée pour ${ages.kept} commune(s)${years} (la population vient de ce fichier).${dropped}`
      : `${file} : ce fichier n’a pas de colonnes d’âge et ne partage aucune commune avec la structure par âge chargée avant${from} : elle est retirée (${ages.dropped} commune(s)). Importez un fichier base-cc-evol-struct-pop de ces communes pour la retrouver.`;
  return { severity: 'warning', code: ages.kept > 0 ? 'ages-kept' : 'ages-dropped', message, file };
}
