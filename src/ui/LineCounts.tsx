import type { ImportReport } from '../app/import-data';
import { formatNumber } from './format';

/** A report saved before `keptCount` existed has none: it is derived from the other three. */
type Counts = Pick<ImportReport, 'rowCount' | 'repairedCount' | 'rejectedCount'> &
  Partial<Pick<ImportReport, 'keptCount'>>;

/** « 267 lues : 266 gardées, 1 rejetée » — every line read is kept, repaired or rejected. */
export function LineCounts({ report, partial }: { report: Counts; partial?: boolean }) {
  const plural = (n: number, word: string) => `${word}${n > 1 ? 's' : ''}`;
  const { rowCount, repairedCount, rejectedCount } = report;
  const kept = report.keptCount ?? rowCount - repairedCount - rejectedCount;
  return (
    <span className="line-counts">
      <span data-testid="count-rows">{formatNumber(rowCount)}</span> {plural(rowCount, 'lue')}
      {partial ? ' (aperçu du début du fichier)' : ''} :{' '}
      <span data-testid="count-kept">{formatNumber(kept)}</span> {plural(kept, 'gardée')}
      {repairedCount > 0 && (
        <>
          , <span data-testid="count-repaired">{formatNumber(repairedCount)}</span>{' '}
          {plural(repairedCount, 'réparée')}
        </>
      )}
      , <span data-testid="count-rejected">{formatNumber(rejectedCount)}</span>{' '}
      {plural(rejectedCount, 'rejetée')}
    </span>
  );
}
