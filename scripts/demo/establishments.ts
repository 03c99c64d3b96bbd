/**
 * FINESS establishments of the fictitious département: a big centre hospitalier in the main town,
 * smaller hospitals, two private clinics, MSP, centres de santé and EHPAD. Public hospitals have a
 * FINESS juridique (EJ) distinct from the site (ET) and report PMSI stays under the EJ; clinics
 * report under the ET (DOMAIN.md section 2).
 */
import { distanceKm, type PointKm } from './geometry';
import type { SettlementKind } from './layout';
import type { Rng } from './rng';

/** One FINESS site (ET) of the demo. */
export interface DemoEstablishment {
  finessEt: string;
  finessEj: string;
  /** Raison sociale (short, upper case) and long form. */
  shortName: string;
  longName: string;
  commune: number;
  categoryCode: string;
  categoryLabel: string;
  categoryLongLabel: string;
  apeCode: string;
  apeLabel: string;
  /** Public (ex-DGF) hospital: PMSI stays reported under the EJ. */
  isPublic: boolean;
  /** MCO beds (0 without MCO activity); the attractiveness of the Huff model. */
  mcoBeds: number;
  /** Site position (km), a few hundred metres from the chef-lieu. */
  position: PointKm;
  street: { number: string; type: string; name: string };
  openedOn: string;
}

/** categetab → libcategetab | liblongcategetab | codeape | libcodeape. */
const CATEGORIES: Record<string, string> = {
  '355': 'Centre Hospitalier (C.H.)|Centre Hospitalier (C.H.)|8610Z|Activités hospitalières',
  '106':
    'Centre hospitalier, ex Hôpital local|Centre Hospitalier, ex Hôpital local|8610Z|Activités hospitalières',
  '365':
    'Etab.Soins Pluridisciplinaire|Etablissement de Soins Pluridisciplinaire|8610Z|Activités hospitalières',
  '128':
    'Etab.Soins Chirurgicaux|Etablissement de Soins Chirurgicaux|8610Z|Activités hospitalières',
  '603':
    'Maison de santé (L.6223-3)|Maison de santé pluriprofessionnelle (L.6223-3)|8621Z|Activité des médecins généralistes',
  '124': 'Centre de Santé|Centre de Santé|8621Z|Activité des médecins généralistes',
  '500':
    "E.H.P.A.D.|Etablissement d'hébergement pour personnes âgées dépendantes|8710A|Hébergement médicalisé pour personnes âgées",
};

/** Where a site is: main town, towns by decreasing population, the rural bourg, the MSP bourgs. */
type Place = 'main' | 't1' | 't2' | 't3' | 'hl' | 'msp1' | 'msp2' | 'msp3';

/**
 * The sites: [place, categetab, rs, rslongue (`@` = commune name), EJ (-1: its own, else the
 * index of the site whose EJ it shares), public (ex-DGF), MCO beds].
 */
type Spec = [Place, string, string, string, number, boolean, number];
// prettier-ignore
const SPECS: Spec[] = [
  ['main', '355', 'CH @', 'CENTRE HOSPITALIER DE @', -1, true, 420],
  ['main', '500', 'EHPAD LES SONGES CH @', 'EHPAD LES SONGES - CENTRE HOSPITALIER DE @', 0, true, 0],
  ['main', '365', "CLINIQUE DE L'OCEAN FICTIF", "CLINIQUE DE L'OCEAN FICTIF", -1, false, 150],
  ['main', '124', 'CDS MUNICIPAL @', 'CENTRE DE SANTE MUNICIPAL DE @', -1, false, 0],
  ['t1', '355', 'CH @', 'CENTRE HOSPITALIER DE @', -1, true, 180],
  ['t1', '128', 'CLINIQUE SAINT-IMAGINAIRE', 'CLINIQUE CHIRURGICALE SAINT-IMAGINAIRE', -1, false, 75],
  ['t2', '355', 'CH @', 'CENTRE HOSPITALIER DE @', -1, true, 90],
  ['hl', '106', 'HOPITAL LOCAL @', 'CENTRE HOSPITALIER DE PROXIMITE DE @', -1, true, 22],
  ['hl', '500', 'EHPAD @', 'EHPAD DU CENTRE HOSPITALIER DE @', 7, true, 0],
  ['t3', '124', 'CDS @', 'CENTRE DE SANTE DES CHIMERES @', -1, false, 0],
  ['t3', '500', 'EHPAD LA BRUME DOREE', 'EHPAD LA BRUME DOREE', -1, false, 0],
  ['msp1', '603', 'MSP @', 'MAISON DE SANTE PLURIPROFESSIONNELLE DE @', -1, false, 0],
  ['msp2', '603', 'MSP @', 'MAISON DE SANTE PLURIPROFESSIONNELLE DE @', -1, false, 0],
  ['msp3', '603', 'MSP @', 'MAISON DE SANTE PLURIPROFESSIONNELLE DE @', -1, false, 0],
];
/** Plausible opening years by category (MSP exist since 2007, EHPAD since 1999). */
const OPENING_YEARS: Record<string, [number, number]> = {
  '603': [2010, 2022],
  '500': [2002, 2012],
  '124': [1985, 2020],
};
const STREET_TYPES = ['R', 'AV', 'BD', 'PL', 'CHE', 'ALL'];
const STREET_NAMES =
  "DES SONGES|DE LA CHIMERE|DU MIRAGE|DES FABLES|DE LA BRUME|DE L'OCEAN FICTIF|DES LEGENDES".split(
    '|',
  );

/** Settlement data the establishments are placed on. */
export interface SettlementInfo {
  kinds: readonly SettlementKind[];
  seeds: readonly PointKm[];
  names: readonly string[];
  populations: readonly number[];
}

/**
 * Place the establishments (8–15) on the main town, the towns (by decreasing population), the
 * remote bourg `hospitalBourg` (hôpital local) and the three bourgs farthest from the main town
 * (MSP). Identifiers are FINESS-like 9-character strings starting with `96`.
 * @example buildEstablishments(rng, info, hlBourg)[0].categoryCode // '355'
 */
export function buildEstablishments(
  rng: Rng,
  info: SettlementInfo,
  hospitalBourg: number,
): DemoEstablishment[] {
  const towns = info.kinds
    .flatMap((k, i) => (k === 'town' ? [i] : []))
    .sort((a, b) => (info.populations[b] ?? 0) - (info.populations[a] ?? 0) || a - b);
  const main = info.seeds[0] as PointKm;
  const mspBourgs = info.kinds
    .flatMap((k, i) => (k === 'bourg' && i !== hospitalBourg ? [i] : []))
    .sort(
      (a, b) =>
        distanceKm(main, info.seeds[b] as PointKm) - distanceKm(main, info.seeds[a] as PointKm) ||
        a - b,
    );
  const places: Record<Place, number | undefined> = {
    main: 0,
    t1: towns[0],
    t2: towns[1],
    t3: towns[2],
    hl: hospitalBourg,
    msp1: mspBourgs[0],
    msp2: mspBourgs[1],
    msp3: mspBourgs[2],
  };
  const list: DemoEstablishment[] = [];
  SPECS.forEach(([place, category, shortName, longName, sharedEj, isPublic, mcoBeds], k) => {
    const commune = places[place];
    if (commune === undefined) throw new Error(`establishments: no commune for ${place}`);
    const [categoryLabel, categoryLongLabel, apeCode, apeLabel] = (
      CATEGORIES[category] ?? ''
    ).split('|') as [string, string, string, string];
    const seed = info.seeds[commune] as PointKm;
    const angle = rng.uniform(0, 2 * Math.PI);
    const r = rng.uniform(0.1, 0.35);
    const town = (info.names[commune] ?? '').toUpperCase();
    list.push({
      finessEt: `96078${String(13 + 8 * k).padStart(4, '0')}`,
      finessEj:
        sharedEj >= 0
          ? (list[sharedEj]?.finessEj as string)
          : `96000${String(17 + 8 * k).padStart(4, '0')}`,
      shortName: shortName.replace('@', town),
      longName: longName.replace('@', town),
      commune,
      categoryCode: category,
      categoryLabel,
      categoryLongLabel,
      apeCode,
      apeLabel,
      isPublic,
      mcoBeds,
      position: { x: seed.x + r * Math.cos(angle), y: seed.y + r * Math.sin(angle) },
      street: {
        number: String(rng.int(1, 120)),
        type: rng.pick(STREET_TYPES),
        name: rng.pick(STREET_NAMES),
      },
      openedOn: `${rng.int(...(OPENING_YEARS[category] ?? [1960, 1995]))}-${String(rng.int(1, 12)).padStart(2, '0')}-01`,
    });
  });
  return list;
}
