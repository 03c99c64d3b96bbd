import type { LoadedReport as FileReport } from '../app/import-data';

const KIND_LABELS: Record<string, string> = {
  communes: 'Contours des communes',
  population: 'Population (INSEE)',
  professionals: 'Professionnels (Annuaire Santé)',
  establishments: 'Établissements (FINESS)',
  stays: 'Séjours hospitaliers (PMSI)',
  'pmsi-zones': 'Codes géographiques PMSI',
  perimeters: 'Périmètres de CPTS',
};

/** What was loaded, file by file: kind, encoding, rows accepted, and the issues (grouped, counted). */
export function DataReport({ reports }: { reports: FileReport[] }) {
  return (
    <details className="panel-section data-report" data-testid="data-report">
      <summary>Fichiers chargés ({reports.length})</summary>
      <ul>
        {reports.map((r) => {
          const groups = groupIssues(r.issues);
          return (
            <li key={r.fileName}>
              <div className="file-name">{r.fileName}</div>
              <div className="file-meta">
                {KIND_LABELS[r.kind ?? ''] ?? 'Type non reconnu'} · {r.encoding}
                {r.separator ? ` · séparateur « ${r.separator} »` : ''} · {r.acceptedCount} /{' '}
                {r.rowCount} lignes retenues
              </div>
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
        })}
      </ul>
    </details>
  );
}

function groupIssues(issues: FileReport['issues']) {
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
