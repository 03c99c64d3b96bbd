/**
 * Dossier sections « Identité », « Population » and « Offre de soins » (DOMAIN.md 4.1): the
 * territory's communes, EPCI and départements; population municipale with its year, density and age
 * structure against the département and the loaded set; ACI tranche with its sourced maxima;
 * professionals per 10 000 against the département, communes without a GP, establishments.
 */
import { formatAciAmount } from '../territory/aci-amounts';
import type { TerritoryIndicators } from '../territory/compute-territory-indicators';
import { describePopulationVintage } from '../territory/population-vintage';
import { TERRITORY_PROFESSIONS } from '../territory/profession-groups';
import type { DossierFigures } from './dossier-figures';
import { esc, figure, num, pct, table, unavailable } from './html';

/** Identity of the territory: communes, EPCI, départements (the full list is in the annex). */
export function identityHtml(f: DossierFigures): string {
  const i = f.analysis.indicators;
  const epcis = f.epcis.length
    ? f.epcis.map((e) => `${esc(e.name)} (${e.communeCount})`).join(', ')
    : 'non renseignés dans les contours';
  const deps = f.departements
    .map((d) => `${esc(d.code)} (${d.communeCount} commune${d.communeCount > 1 ? 's' : ''})`)
    .join(', ');
  const unknown = i.unknownCodes.length
    ? `<p class="warn">Codes absents des données chargées, non comptés : ${esc(i.unknownCodes.join(', '))}.</p>`
    : '';
  return `<table class="kv"><tbody>
<tr><th>Communes</th><td>${figure('communes', String(i.communeCount))} (liste en annexe)</td></tr>
<tr><th>EPCI concernés</th><td>${epcis}</td></tr>
<tr><th>Départements</th><td>${deps || '—'}</td></tr>
<tr><th>Population municipale</th><td>${populationText(i)}</td></tr>
</tbody></table>${unknown}`;
}

function populationText(i: TerritoryIndicators): string {
  if (i.population === null) return 'non disponible — chargez la population INSEE';
  return `${figure('population', num(i.population))} habitants (${esc(describePopulationVintage(i))})`;
}

/** Population, density, ages against the département and the loaded set, ACI tranche. */
export function populationHtml(f: DossierFigures): string {
  const i = f.analysis.indicators;
  if (i.population === null)
    return `<h2>Population</h2>${unavailable('la population INSEE (populations légales communales)')}`;
  const dep = f.reference.depIndicators;
  const all = f.reference.all;
  const density = (x: TerritoryIndicators | null) => (x ? `${num(x.densityKm2, 1)}` : '—');
  const ageRow = (label: string, key: 'share0014' | 'share60p' | 'share75p') => [
    esc(label),
    pct(i.ages?.[key]),
    pct(dep?.ages?.[key]),
    pct(all.ages?.[key]),
  ];
  const rows = [
    ['Population municipale', num(i.population), num(dep?.population), num(all.population)],
    ['Densité (hab./km²)', density(i), density(dep), density(all)],
    ...(i.ages
      ? [
          ageRow('Moins de 15 ans', 'share0014'),
          ageRow('60 ans et plus', 'share60p'),
          ageRow('75 ans et plus', 'share75p'),
        ]
      : []),
  ];
  const ages = i.ages ? '' : unavailable('la structure par âge INSEE (tranches d’âge communales)');
  const contours = i.communesWithContourPopulation.length
    ? `<p class="warn">${i.communesWithContourPopulation.length} commune(s) comptée(s) avec la population de leur fichier de contours (année inconnue).</p>`
    : '';
  return `<h2>Population</h2>
<p>${figure('population-detail', num(i.population))} habitants sur ${num(i.areaKm2, 1)} km², soit ${figure('density', num(i.densityKm2, 1))} hab./km².</p>
${table(['', 'Territoire', `Département ${esc(f.reference.dep ?? '')}`, 'Ensemble chargé'], rows, [1, 2, 3])}
${ages}${contours}
${trancheHtml(i)}`;
}

function trancheHtml(i: TerritoryIndicators): string {
  const t = i.tranche;
  if (!t) return '';
  return `<h3>Tranche ACI : ${figure('tranche', t.tranche.label)}</h3>
<p>Population municipale retenue : ${num(t.population)} (${esc(describePopulationVintage(i))}). Financement annuel maximal :</p>
<ul class="small">${t.amounts.map((a) => `<li>${esc(formatAciAmount(a))}</li>`).join('')}</ul>
${t.warning ? `<p class="warn">${esc(t.warning.message)}</p>` : ''}`;
}

/** Professionals, communes without a GP and establishments. */
export function careSupplyHtml(f: DossierFigures): string {
  const i = f.analysis.indicators;
  const professions =
    i.professions === null
      ? unavailable('l’Annuaire Santé (extraction des professionnels en activité)')
      : table(
          [
            'Profession',
            'Personnes',
            'Pour 10 000 hab.',
            `Dép. ${esc(f.reference.dep ?? '')}`,
            'Ensemble chargé',
          ],
          TERRITORY_PROFESSIONS.map(({ key, label }) => {
            const p = i.professions?.find((x) => x.key === key);
            return [
              esc(label),
              p ? figure(`professionals-${key}`, String(p.people)) : '—',
              num(p?.per10k, 1),
              num(p?.depPer10k, 1),
              num(p?.allPer10k, 1),
            ];
          }),
          [1, 2, 3, 4],
        );
  const noGp =
    i.noGp === null
      ? ''
      : `<p>Communes sans médecin généraliste : ${figure('no-gp-communes', String(i.noGp.communes.length))}, où vivent ${i.noGp.population === null ? '— (population non chargée)' : `${figure('no-gp-population', num(i.noGp.population))} habitants (${pct(i.noGp.share)})`}.</p>`;
  const establishments =
    i.establishments === null
      ? unavailable('le fichier FINESS (établissements géolocalisés)')
      : i.establishments.length === 0
        ? '<p>Aucun établissement FINESS dans le territoire.</p>'
        : `<p>Établissements (FINESS) : ${figure('establishments', String(i.establishmentCount))} — ${i.establishments
            .map((e) => `${esc(e.categoryLabel)} : ${e.count}`)
            .join(' ; ')}.</p>`;
  return `<h2>Offre de soins</h2>${professions}${noGp}${establishments}`;
}
