/**
 * A generated Annuaire Santé extraction in the real 52-column layout (`PS_LibreAcces_Personne_activite`,
 * UTF-8, `|`-separated, no quotes, trailing `|`, DOMAIN.md 3.3), for the CLI benchmark at national
 * scale: the header is read from ../shared/data/rpps/formats/, the communes and their postal codes
 * are the real ones of the COG 2026 contour files (drawn in proportion to their population), and the
 * people are invented. Seeded (same bytes for the same seed) and streamed to disk in batches.
 */
import fs from 'node:fs';
import path from 'node:path';
import { routingLabel, personName } from '../demo/names';
import { createRng, type Rng } from '../demo/rng';

/** A real commune: INSEE code, name, postal codes (`codes_postaux`) and population. */
export interface RealCommune {
  code: string;
  name: string;
  postalCodes: string[];
  population: number;
}

/** Share of doctors with a second place of activity, and of rows without a commune code. */
export const SECOND_PLACE_SHARE = 0.08;
export const NO_COMMUNE_SHARE = 0.03;

// [code, label, authority, share of people, share libéral]
const PROFESSIONS: [string, string, string, number, number][] = [
  ['10', 'Médecin', 'CNOM/CNOM/CNOM', 0.22, 0.55],
  ['21', 'Pharmacien', 'CNOP/CNOP/CNOP', 0.08, 0.45],
  ['40', 'Chirurgien-Dentiste', 'CNOCD/CNOCD/CNOCD', 0.05, 0.9],
  ['50', 'Sage-Femme', 'CNOSF/CNOSF/CNOSF', 0.03, 0.3],
  ['60', 'Infirmier', 'CNOI/CNOI/CNOI', 0.5, 0.2],
  ['70', 'Masseur-Kinésithérapeute', 'CNOMK/CNOMK/CNOMK', 0.12, 0.85],
];
const GP: [string, string] = ['SM54', 'Médecine Générale'];
const OTHER_SPECIALTIES: [string, string][] = [
  ['SM04', 'Cardiologie et maladies vasculaires'],
  ['SM02', 'Anesthésie-réanimation'],
  ['SM20', 'Gynécologie-obstétrique'],
  ['', ''],
];
const SECTIONS: [string, string][] = [
  ['A', "Pharmacien titulaire d'officine"],
  ['D', 'Pharmacien adjoint et autres exercices'],
];
const STREETS: [string, string, string][] = [
  ['R', 'Rue', 'DE LA REPUBLIQUE'],
  ['AV', 'Avenue', 'DU GENERAL DE GAULLE'],
  ['PL', 'Place', 'DE LA MAIRIE'],
  ['BD', 'Boulevard', 'DES ANGLAIS'],
  ['CHE', 'Chemin', 'DES PRES'],
];

/**
 * The communes of COG 2026 contour files (`code`, `nom`, `codes_postaux` separated by `;`,
 * `population` properties).
 */
export function readRealCommunes(files: readonly string[]): RealCommune[] {
  return files.flatMap((file) => {
    const fc = JSON.parse(fs.readFileSync(file, 'utf8')) as {
      features: { properties: Record<string, unknown> }[];
    };
    return fc.features.map(({ properties: p }) => ({
      code: String(p.code),
      name: String(p.nom),
      postalCodes: String(p.codes_postaux ?? '')
        .split(';')
        .filter(Boolean),
      population: Number(p.population ?? 0),
    }));
  });
}

/** Draws communes in proportion to their population (cumulative sums, binary search). */
function populationSampler(communes: readonly RealCommune[], rng: Rng): () => RealCommune {
  const cumulative: number[] = [];
  let total = 0;
  for (const c of communes) cumulative.push((total += Math.max(c.population, 1)));
  return () => {
    const target = rng.next() * total;
    let lo = 0;
    let hi = cumulative.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((cumulative[mid] as number) > target) hi = mid;
      else lo = mid + 1;
    }
    return communes[lo] as RealCommune;
  };
}

interface Person {
  rpps: string;
  profession: (typeof PROFESSIONS)[number];
  specialty: [string, string];
  section: [string, string];
  name: ReturnType<typeof personName>;
}

/** One activity line: 52 values and the trailing `|`; `commune` null for a row without address. */
function line(p: Person, commune: RealCommune | null, rng: Rng): string {
  const [code, label, authority, , liberalShare] = p.profession;
  const title = ['10', '21', '40'].includes(code);
  const liberal = rng.chance(liberalShare);
  const postal = commune ? rng.pick(commune.postalCodes) : '';
  const [streetCode, streetType, streetName] = rng.pick(STREETS);
  const site = commune !== null;
  const finess = site && !liberal ? `${commune.code.slice(0, 2)}0${rng.int(100000, 999999)}` : '';
  const sector = !site
    ? ['', '']
    : liberal
      ? ['SA07', 'Cabinet individuel']
      : finess
        ? ['SA01', 'Etablissement public de santé']
        : ['', ''];
  // prettier-ignore
  const values = [
    '8', p.rpps, `8${p.rpps}`,
    title ? 'DR' : '', title ? 'Docteur' : '',
    p.name.female ? 'MME' : 'M', p.name.female ? 'Madame' : 'Monsieur',
    p.name.surname.toUpperCase(), p.name.givenName,
    code, label, 'C', 'Civil',
    p.specialty[0] ? 'S' : '', p.specialty[0] ? 'Spécialité ordinale' : '', ...p.specialty,
    site ? (liberal ? 'L' : 'S') : '', site ? (liberal ? 'Libéral' : 'Salarié') : '',
    site && liberal ? String(rng.int(1e13, 1e14 - 1)) : '', '', finess, finess ? `${finess.slice(0, 3)}000001` : '',
    site ? `R1010000${rng.int(1000000, 9999999)}` : '',
    site ? (liberal ? `CABINET ${p.name.surname.toUpperCase()}` : 'CENTRE HOSPITALIER') : '', '', '', '',
    site ? String(rng.int(1, 120)) : '', '', site ? streetCode : '', site ? streetType : '', site ? streetName : '', '',
    commune ? `${postal} ${routingLabel(commune.name)}` : '', postal, commune?.code ?? '', commune?.name ?? '',
    '', '', site ? `02${rng.int(10000000, 99999999)}` : '', '', '', '', '', '', '', authority,
    ...sector, ...p.section,
  ];
  if (values.length !== 52) throw new Error(`annuaire: ${values.length} colonnes au lieu de 52`);
  return `${values.join('|')}|`;
}

/** What was written: rows, people, doctors on two places, rows without commune code. */
export interface GeneratedAnnuaire {
  rows: number;
  people: number;
  twoPlaceDoctors: number;
  rowsWithoutCommune: number;
}

/**
 * Writes `rows` activity lines (plus the header) to `file`, 50,000 lines at a time.
 *
 * @example writeRealAnnuaire('x.txt', headerLine, communes, 2_000_000, 2026).rows // 2000000
 */
export function writeRealAnnuaire(
  file: string,
  header: string,
  communes: readonly RealCommune[],
  rows: number,
  seed: number,
): GeneratedAnnuaire {
  const rng = createRng(seed, 'annuaire-bench');
  const drawCommune = populationSampler(communes, rng);
  // A second place of activity is in the same département as the first 70 % of the time.
  const byDep = new Map<string, RealCommune[]>();
  for (const c of communes)
    byDep.set(c.code.slice(0, 2), [...(byDep.get(c.code.slice(0, 2)) ?? []), c]);
  const drawInDep = new Map([...byDep].map(([dep, list]) => [dep, populationSampler(list, rng)]));
  const shares = PROFESSIONS.map((p) => p[3]);
  const out: GeneratedAnnuaire = { rows: 0, people: 0, twoPlaceDoctors: 0, rowsWithoutCommune: 0 };
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const fd = fs.openSync(file, 'w');
  let batch: string[] = [header];
  const push = (text: string) => {
    batch.push(text);
    out.rows += 1;
    if (batch.length >= 50_000) {
      fs.writeSync(fd, `${batch.join('\n')}\n`);
      batch = [];
    }
  };
  try {
    while (out.rows < rows) {
      const profession = PROFESSIONS[rng.weightedIndex(shares)] as Person['profession'];
      const doctor = profession[0] === '10';
      const p: Person = {
        rpps: `10${String(1_000_000 + out.people).padStart(9, '0')}`,
        profession,
        specialty: doctor ? (rng.chance(0.45) ? GP : rng.pick(OTHER_SPECIALTIES)) : ['', ''],
        section: profession[0] === '21' ? rng.pick(SECTIONS) : ['', ''],
        name: personName(rng),
      };
      out.people += 1;
      const places = doctor && rng.chance(SECOND_PLACE_SHARE) ? 2 : 1;
      if (places === 2) out.twoPlaceDoctors += 1;
      let first: RealCommune | null = null;
      for (let k = 0; k < places && out.rows < rows; k++) {
        const near: (() => RealCommune) | undefined =
          first && rng.chance(0.7) ? drawInDep.get(first.code.slice(0, 2)) : undefined;
        const commune: RealCommune | null = rng.chance(NO_COMMUNE_SHARE)
          ? null
          : (near ?? drawCommune)();
        if (commune === null) out.rowsWithoutCommune += 1;
        first ??= commune;
        push(line(p, commune, rng));
      }
    }
    if (batch.length) fs.writeSync(fd, `${batch.join('\n')}\n`);
  } finally {
    fs.closeSync(fd);
  }
  return out;
}
