import { InfoTerm } from './InfoTerm';
import { categoryPluralLabel } from '../core/territory/directory-labels';
import type { TerritoryAnalysis } from '../core/territory/analyse-territory';
import { NOT_LOADED, notLoadedMessage } from '../core/territory/not-loaded';
import { agesVintageLabel, describePopulationVintage } from '../core/territory/population-vintage';
import { TERRITORY_PROFESSIONS } from '../core/territory/profession-groups';
import { AciTrancheSection } from './AciTrancheSection';
import { formatNumber } from './format';

const pct = (x: number | null | undefined) =>
  x === null || x === undefined ? '—' : `${formatNumber(x * 100, 1)} %`;

/** Live indicators of the active territory: population, tranche, professionals, contiguity, overlaps. */
export function TerritoryIndicators({
  analysis,
  ms,
  nameOf: nameOfCode,
  agesKeptFrom = [],
  startedFrom = null,
}: {
  analysis: TerritoryAnalysis;
  ms: number | null;
  /** Name of a loaded commune, undefined when unknown (its code is shown then). */
  nameOf: (code: string) => string | undefined;
  /** Files the age structure was kept from (a later population file had no ages). */
  agesKeptFrom?: readonly string[];
  /** CPTS the territory was started from: left out of `analysis.overlaps`, said under the table. */
  startedFrom?: string | null;
}) {
  const i = analysis.indicators;
  const nameOf = (code: string) => nameOfCode(code) ?? code;
  const c = analysis.contiguity;
  const vintage = i.population === null ? null : describePopulationVintage(i);
  if (i.communeCount === 0) return <EmptyTerritory unknownCodes={i.unknownCodes} />;
  return (
    <div className="territory-indicators" data-testid="territory-indicators">
      <dl>
        <dt>
          Population municipale <InfoTerm term="populationMunicipale" />
        </dt>
        <dd data-testid="territory-population">
          {i.population === null ? (
            notLoadedMessage('population')
          ) : (
            <span className="nowrap">{formatNumber(i.population)} hab.</span>
          )}
        </dd>
        <dt>Millésime</dt>
        <dd data-testid="territory-population-vintage">{vintage ?? NOT_LOADED}</dd>
        <dt>Communes</dt>
        <dd data-testid="territory-communes">{i.communeCount}</dd>
        <dt>Superficie</dt>
        <dd className="nowrap">{formatNumber(i.areaKm2, 1)} km²</dd>
        <dt>Densité</dt>
        <dd>
          {i.population === null ? (
            NOT_LOADED
          ) : (
            <span className="nowrap">{formatNumber(i.densityKm2, 1)} hab./km²</span>
          )}
        </dd>
        <dt>0–14 / 60+ / 75+</dt>
        <dd>
          {i.layers.ages
            ? `${pct(i.ages?.share0014)} / ${pct(i.ages?.share60p)} / ${pct(i.ages?.share75p)}`
            : notLoadedMessage('ages')}
          {i.layers.ages && i.ages !== null && (
            <span className="ages-vintage" data-testid="territory-ages-vintage">
              {' '}
              ({agesVintageLabel(i.ageYears ?? [], agesKeptFrom)})
            </span>
          )}
        </dd>
        <dt>Sans généraliste dans la commune</dt>
        <dd data-testid="territory-no-gp">
          {i.noGp === null ? (
            notLoadedMessage('professionals')
          ) : (
            <>
              <span className="nowrap">{pct(i.noGp.share)}</span> de la population
            </>
          )}
        </dd>
      </dl>
      <AciTrancheSection
        tranche={i.tranche}
        populationLabel={`population municipale${vintage ? `, ${vintage}` : ''}`}
      />
      {(i.unknownCodes.length > 0 ||
        i.communesWithoutPopulation.length > 0 ||
        i.communesWithContourPopulation.length > 0) && (
        <p className="territory-message">
          {i.unknownCodes.length > 0 &&
            `Communes absentes des données chargées : ${i.unknownCodes.join(', ')}. `}
          {i.communesWithoutPopulation.length > 0 &&
            `Sans population : ${i.communesWithoutPopulation.map(nameOf).join(', ')}. `}
          {i.communesWithContourPopulation.length > 0 &&
            `Population des contours (année inconnue) pour ${i.communesWithContourPopulation.length} commune(s) : chargez la population INSEE pour une année connue.`}
        </p>
      )}
      <div className="territory-contiguity" data-testid="territory-contiguity">
        {c.pieces.length <= 1 && c.enclaves.length === 0 && c.holes === 0 ? (
          <span>Territoire d’un seul tenant, sans enclave.</span>
        ) : (
          <span className="warn">
            {c.pieces.length} morceau(x), {c.enclaves.length} enclave(s), {c.holes} trou(s)
            {c.offending.length > 0 &&
              ` — ${c.offending.length} commune(s) quadrillée(s) et entourée(s) de tirets rouges sur la carte : ${c.offending.slice(0, 8).map(nameOf).join(', ')}${c.offending.length > 8 ? ` et ${c.offending.length - 8} autre(s)` : ''}`}
          </span>
        )}
      </div>
      <table className="territory-table" data-testid="territory-professions">
        <thead>
          <tr>
            <th>Professionnels (personnes)</th>
            <th>Nb</th>
            <th>/10 000</th>
            <th>
              Dép. <InfoTerm term="densiteDepartement" />
            </th>
            <th>
              Tout <InfoTerm term="ensembleCharge" />
            </th>
          </tr>
        </thead>
        <tbody>
          {TERRITORY_PROFESSIONS.map(({ key, label }) => {
            const p = i.professions?.find((x) => x.key === key);
            return (
              <tr key={key} data-testid={`territory-prof-${key}`}>
                <td>{label}</td>
                {p ? (
                  <>
                    <td>{p.people}</td>
                    <td>{formatNumber(p.per10k, 1)}</td>
                    <td>{formatNumber(p.depPer10k, 1)}</td>
                    <td>{formatNumber(p.allPer10k, 1)}</td>
                  </>
                ) : (
                  <td colSpan={4}>{NOT_LOADED}</td>
                )}
              </tr>
            );
          })}
        </tbody>
      </table>
      {i.professions === null && (
        <p className="territory-small">{notLoadedMessage('professionals')}.</p>
      )}
      <EstablishmentsTable establishments={i.establishments} />
      <OverlapsTable analysis={analysis} />
      {startedFrom && analysis.overlaps !== null && (
        <p className="territory-small" data-testid="territory-started-from">
          Territoire parti de la CPTS « {startedFrom} » : elle n’est pas comptée comme
          chevauchement.
        </p>
      )}
      <p className="territory-small" data-testid="territory-white-zones">
        {analysis.whiteZones === null
          ? `Zones blanches : ${notLoadedMessage('perimeters')}.`
          : `Zones blanches : ${analysis.whiteZones.inside.length} commune(s) du territoire et ${analysis.whiteZones.around.length} autour n’appartiennent à aucune CPTS.`}
        {ms !== null && ` Calcul : ${formatNumber(ms, 0)} ms.`}
      </p>
    </div>
  );
}

function EstablishmentsTable({
  establishments,
}: {
  establishments: TerritoryAnalysis['indicators']['establishments'];
}) {
  if (establishments === null)
    return (
      <p className="territory-small" data-testid="territory-establishments">
        Établissements : {notLoadedMessage('establishments')}.
      </p>
    );
  return (
    <table className="territory-table" data-testid="territory-establishments">
      <thead>
        <tr>
          <th>Établissements (catégorie FINESS)</th>
          <th>Nb</th>
        </tr>
      </thead>
      <tbody>
        {establishments.length === 0 && (
          <tr>
            <td colSpan={2}>Aucun établissement dans le territoire</td>
          </tr>
        )}
        {establishments.map((e) => (
          <tr key={`${e.categoryCode}|${e.categoryLabel}`}>
            <td>{categoryPluralLabel(e.categoryLabel)}</td>
            <td>{e.count}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function OverlapsTable({ analysis }: { analysis: TerritoryAnalysis }) {
  const overlaps = analysis.overlaps;
  const populationLoaded = analysis.indicators.population !== null;
  return (
    <table className="territory-table" data-testid="territory-overlaps">
      <thead>
        <tr>
          <th>CPTS chevauchée</th>
          <th>Communes</th>
          <th>Population</th>
        </tr>
      </thead>
      <tbody>
        {overlaps === null && (
          <tr>
            <td colSpan={3}>{notLoadedMessage('perimeters')}</td>
          </tr>
        )}
        {overlaps?.length === 0 && (
          <tr>
            <td colSpan={3}>Aucune</td>
          </tr>
        )}
        {overlaps?.map((o) => (
          <tr key={o.name}>
            <td>{o.name}</td>
            <td>{o.sharedCommunes.length}</td>
            <td>{populationLoaded ? formatNumber(o.sharedPopulation) : NOT_LOADED}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** An empty territory: no tranche, no contiguity, only where to start (and absent codes). */
function EmptyTerritory({ unknownCodes }: { unknownCodes: readonly string[] }) {
  return (
    <div className="territory-indicators" data-testid="territory-indicators">
      <dl>
        <dt>Communes</dt>
        <dd data-testid="territory-communes">0</dd>
      </dl>
      <p className="territory-hint" data-testid="territory-empty-hint">
        Cliquez sur les communes de la carte pour les ajouter (ou partez d’une CPTS, d’un EPCI,
        d’une recherche ou d’un tracé dans « Construire »).
      </p>
      {unknownCodes.length > 0 && (
        <p className="territory-message">
          Communes absentes des données chargées : {unknownCodes.join(', ')}.
        </p>
      )}
    </div>
  );
}
