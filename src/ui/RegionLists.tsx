import type { RegionView } from '../core/region/region-types';
import type { DataIssue } from '../core/types';
import { COVERAGE_CLASSES } from '../core/region/coverage-classes';
import { notLoadedMessage } from '../core/territory/not-loaded';
import { formatNumber } from './format';

const population = (x: number | null, unknown = 0) =>
  `${x === null ? 'population inconnue ou non chargée' : `${formatNumber(x)} hab.`}${unknown > 0 ? ` (+ ${unknown} commune(s) de population inconnue)` : ''}`;

/** What is not loaded, and what to load (« Missing is not zero »). */
export function RegionMissing({ view }: { view: RegionView }) {
  const l = view.layers;
  const missing = [
    !l.population && !l.contourPopulation ? notLoadedMessage('population') : null,
    !l.ages ? `75 ans et plus : ${notLoadedMessage('ages')}` : null,
    !l.professionals ? `Professionnels et accès : ${notLoadedMessage('professionals')}` : null,
    !l.establishments ? `Établissements : ${notLoadedMessage('establishments')}` : null,
    !view.flowsLoaded
      ? 'Autarcie : non chargé — chargez les séjours PMSI et le fichier FINESS (onglet Importer)'
      : null,
  ].filter((x): x is string => x !== null);
  if (missing.length === 0) return null;
  return (
    <ul className="territory-small" data-testid="region-missing">
      {missing.map((m) => (
        <li key={m}>{m}</li>
      ))}
    </ul>
  );
}

/** Coverage 0 / 1 / 2+ CPTS with population totals adding up to the loaded population. */
export function RegionCoverageTotals({ view }: { view: RegionView }) {
  const c = view.coverage;
  if (!c) return <p data-testid="region-coverage">{notLoadedMessage('perimeters')}</p>;
  return (
    <table className="territory-table" data-testid="region-coverage">
      <thead>
        <tr>
          <th>Couverture</th>
          <th>Communes</th>
          <th>Population (hab.)</th>
        </tr>
      </thead>
      <tbody>
        {COVERAGE_CLASSES.map((k) => (
          <tr key={k.key} data-class={k.key}>
            <td>
              <span className="swatch" style={{ background: k.colour }} /> {k.label}
            </td>
            <td>{formatNumber(c[k.key].communes)}</td>
            <td>{population(c[k.key].population, c[k.key].communesWithoutPopulation)}</td>
          </tr>
        ))}
        <tr data-class="total">
          <td>Total chargé</td>
          <td>{formatNumber(c.totalCommunes)}</td>
          <td>{population(c.totalPopulation, c.totalWithoutPopulation)}</td>
        </tr>
      </tbody>
    </table>
  );
}

/** Pairs of CPTS sharing communes, and the communes under two or more CPTS. */
export function RegionOverlaps({ view }: { view: RegionView }) {
  if (!view.coverage) return null;
  if (view.pairs.length === 0) return <p>Aucune commune partagée entre deux CPTS.</p>;
  return (
    <>
      <table className="territory-table" data-testid="region-pairs">
        <thead>
          <tr>
            <th>CPTS</th>
            <th>Communes partagées</th>
            <th>Population (hab.)</th>
          </tr>
        </thead>
        <tbody>
          {view.pairs.map((p) => (
            <tr key={`${p.a}|${p.b}`}>
              <td>
                {p.a} / {p.b}
              </td>
              <td>{p.communes.length}</td>
              <td>{population(p.population, p.communesWithoutPopulation)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <details>
        <summary>Communes sous deux CPTS ou plus ({view.multiCovered.length})</summary>
        <ul className="territory-small">
          {view.multiCovered.map((m) => (
            <li key={m.code}>
              {m.name} ({m.code}) — {population(m.population)} — {m.cpts.join(', ')}
            </li>
          ))}
        </ul>
      </details>
    </>
  );
}

/** White zones grouped into contiguous areas, with the CPTS that could take them. */
export function RegionWhiteZones({ view }: { view: RegionView }) {
  if (!view.whiteZones) return null;
  if (view.whiteZones.length === 0)
    return <p>Aucune zone blanche : chaque commune est couverte.</p>;
  return (
    <ul className="region-white" data-testid="region-white-zones">
      {view.whiteZones.map((z) => (
        <li key={z.id}>
          <strong>{z.id}</strong> : {z.communes.length} commune(s),{' '}
          {population(z.population, z.communesWithoutPopulation)} — EPCI :{' '}
          {z.epcis.map((e) => e.name).join(', ')} — CPTS limitrophes :{' '}
          {z.adjacentCpts.length
            ? z.adjacentCpts.map((a) => `${a.name} (${a.contactCommunes})`).join(', ')
            : 'aucune'}
          <details>
            <summary>Communes</summary>
            <span className="territory-small">
              {z.communes.map((c) => `${c.name} (${c.code})`).join(', ')}
            </span>
          </details>
        </li>
      ))}
    </ul>
  );
}

/** Problems of the perimeters that the regional view found. */
export function RegionIssues({ view }: { view: RegionView }) {
  if (view.issues.length === 0) return null;
  return (
    <ul className="region-issues" data-testid="region-issues">
      {view.issues.map((i) => (
        <li key={i.message} className={i.severity}>
          {i.message}
        </li>
      ))}
    </ul>
  );
}

/**
 * What the import said of the CPTS files (invalid codes and duplicates with their line, codes
 * unknown to the COG, polygons covering no loaded commune), shown again here for the delegate.
 */
export function RegionImportIssues({
  reports,
}: {
  reports: readonly { fileName: string; kind: string | null; issues: readonly DataIssue[] }[];
}) {
  const issues = reports
    .filter((r) => r.kind === 'perimeters')
    .flatMap((r) =>
      r.issues.filter((i) => i.severity !== 'info').map((i) => ({ ...i, file: r.fileName })),
    );
  if (issues.length === 0) return null;
  return (
    <details className="region-issues" data-testid="region-import-issues">
      <summary>Anomalies signalées à l’import des CPTS ({issues.length})</summary>
      <ul>
        {issues.slice(0, 50).map((i, n) => (
          <li key={n} className={i.severity}>
            {i.file}
            {i.row === undefined ? '' : `, ligne ${i.row}`}
            {i.column ? `, colonne ${i.column}` : ''} : {i.message}
          </li>
        ))}
      </ul>
      {issues.length > 50 && <p>… et {issues.length - 50} autre(s) : voir l’onglet Importer.</p>}
    </details>
  );
}
