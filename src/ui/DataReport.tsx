/**
 * « Fichiers chargés »: DuckDB's register of the files (`LoadedData.files`): the files whose rows
 * are in the tables, with the table each fed and its issues (grouped, counted), then the files a
 * later import replaced (« remplacé par … ») or the user removed, then the files of the last import
 * that loaded nothing.
 */
import type { LoadedFile } from '../app/commit-import';
import { agesVintageLabel } from '../core/territory/population-vintage';
import { formatNumber } from './format';
import { LineCounts } from './LineCounts';
import './data-state.css';

const KIND_LABELS: Record<string, string> = {
  communes: 'Contours des communes',
  population: 'Population (INSEE)',
  professionals: 'Professionnels (Annuaire Santé)',
  'professional-skills': 'Savoir-faire (Annuaire Santé)',
  establishments: 'Établissements (FINESS)',
  stays: 'Séjours hospitaliers (PMSI)',
  'pmsi-zones': 'Codes géographiques PMSI',
  perimeters: 'Périmètres de CPTS',
};

/** French name of each DuckDB table, as the list says what a file fed. */
const TABLE_LABELS: Record<string, string> = {
  communes: 'communes',
  population: 'population',
  professionals: 'professionnels',
  establishments: 'établissements',
  stays: 'séjours PMSI',
  pmsi_zones: 'codes géographiques PMSI',
  perimeters: 'périmètres de CPTS',
};

/** The register, in three groups; the files in the tables first. */
export function DataReport({ files }: { files: readonly LoadedFile[] }) {
  const loaded = files.filter((f) => f.status === 'loaded');
  const gone = files.filter((f) => f.status === 'replaced' || f.status === 'removed');
  const nothing = files.filter((f) => f.status === 'nothing');
  return (
    <details className="panel-section data-report" data-testid="data-report">
      <summary>
        Fichiers chargés ({loaded.length}){gone.length > 0 && ` · ${gone.length} remplacé(s)`}
      </summary>
      <ul data-testid="data-report-loaded">
        {loaded.map((f) => (
          <LoadedFileItem key={`${f.importSeq}-${f.fileIndex}`} file={f} />
        ))}
      </ul>
      {gone.length > 0 && (
        <>
          <h4>Remplacés ou retirés (plus dans les tables)</h4>
          <ul className="gone" data-testid="data-report-gone">
            {gone.map((f) => (
              <li key={`${f.importSeq}-${f.fileIndex}`} data-status={f.status}>
                <div className="file-name">{f.fileName}</div>
                <div className="file-meta">
                  {tableLabel(f)} ·{' '}
                  {f.status === 'replaced'
                    ? `remplacé par ${f.replacedBy.map((n) => `« ${n} »`).join(', ') || 'un import sans ligne'}`
                    : 'retiré (données de démonstration retirées)'}
                </div>
              </li>
            ))}
          </ul>
        </>
      )}
      {nothing.length > 0 && (
        <>
          <h4>Dernier import : fichiers qui n’ont rien chargé</h4>
          <ul className="gone" data-testid="data-report-nothing">
            {nothing.map((f) => (
              <li key={`${f.importSeq}-${f.fileIndex}`} data-status="nothing">
                <div className="file-name">{f.fileName}</div>
                <div className="file-meta">
                  {KIND_LABELS[f.kind ?? ''] ?? 'Type non reconnu'} ·{' '}
                  {f.rowsKept > 0
                    ? `${formatNumber(f.rowsKept)} lignes lues, aucune table alimentée`
                    : 'aucune ligne retenue'}{' '}
                  (voir son rapport dans l’onglet Importer)
                </div>
              </li>
            ))}
          </ul>
        </>
      )}
    </details>
  );
}

function LoadedFileItem({ file }: { file: LoadedFile }) {
  const r = file.report;
  const groups = groupIssues(r.issues);
  return (
    <li data-status="loaded">
      <div className="file-name">
        {file.fileName}
        {file.origin === 'demo' ? ' (démonstration fictive)' : ''}
      </div>
      <div className="file-meta">
        {KIND_LABELS[file.kind ?? ''] ?? 'Type non reconnu'} → {tableLabel(file)} · {r.encoding}
        {r.separator ? ` · séparateur « ${r.separator} »` : ''} · <LineCounts report={r} />
      </div>
      {r.agesKept && (
        <div className="file-meta" data-testid="data-report-ages">
          {capitalised(agesVintageLabel(r.agesKept.years, r.agesKept.files))} (
          {formatNumber(r.agesKept.communes)} communes)
        </div>
      )}
      {groups.length > 0 && (
        <ul className="issues">
          {groups.map((g) => (
            <li key={g.code} className={g.severity}>
              {g.count > 1 ? `${g.count} × ` : ''}
              {g.first}
            </li>
          ))}
        </ul>
      )}
    </li>
  );
}

function tableLabel(file: LoadedFile): string {
  return file.table ? `table ${TABLE_LABELS[file.table] ?? file.table}` : 'aucune table';
}

function groupIssues(issues: LoadedFile['report']['issues']) {
  const groups = new Map<
    string,
    { code: string; severity: string; count: number; first: string }
  >();
  for (const issue of issues) {
    const key = `${issue.severity}:${issue.code}`;
    const group = groups.get(key);
    if (group) group.count += 1;
    else groups.set(key, { code: key, severity: issue.severity, count: 1, first: issue.message });
  }
  return [...groups.values()];
}

const capitalised = (s: string) => `${s.charAt(0).toUpperCase()}${s.slice(1)}`;
