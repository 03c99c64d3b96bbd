/** Per-file report of the last import: counts, grouped issues, rejected rows as a CSV download. */
import { isRejection, type ImportReport } from '../app/import-data';
import { formatNumber } from './format';
import { LineCounts } from './LineCounts';
import { toRejectedCsv } from '../core/export/rejected-csv';

export function ImportReports({ reports }: { reports: ImportReport[] }) {
  if (reports.length === 0) return null;
  return (
    <div className="import-reports" data-testid="import-reports">
      <h3>Dernier import</h3>
      {reports.map((r, i) => {
        const rejected = r.issues.filter(isRejection);
        return (
          <div
            key={`${r.fileName}-${i}`}
            className="import-report"
            data-testid={`import-report-${i}`}
          >
            <div className="file-name">{r.fileName}</div>
            <div className="counts">
              <LineCounts report={r} />
            </div>
            <ul className="issues">
              {groupIssues(r.issues).map((g) => (
                <li key={g.key} className={g.severity}>
                  {g.count > 1 ? `${formatNumber(g.count)} × ` : ''}
                  {g.examples.join(' ; ')}
                </li>
              ))}
            </ul>
            {rejected.length > 0 && (
              <button
                type="button"
                data-testid={`import-rejected-csv-${i}`}
                onClick={() =>
                  download(`${r.fileName}-lignes-rejetees.csv`, toRejectedCsv(rejected))
                }
              >
                Télécharger les {formatNumber(rejected.length)} lignes rejetées (CSV)
              </button>
            )}
          </div>
        );
      })}
    </div>
  );
}

function groupIssues(issues: ImportReport['issues']) {
  const groups = new Map<
    string,
    { key: string; severity: string; count: number; examples: string[] }
  >();
  for (const issue of issues) {
    const key = `${issue.severity}:${issue.code}`;
    const g = groups.get(key) ?? { key, severity: issue.severity, count: 0, examples: [] };
    g.count += 1;
    if (g.examples.length < 3) g.examples.push(issue.message);
    groups.set(key, g);
  }
  return [...groups.values()];
}

function download(name: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'text/csv;charset=utf-8' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
