/**
 * Health professionals of the fictitious département (Annuaire Santé model: one person, one or
 * more activities). Liberal professionals are placed roughly in proportion to population, only in
 * communes above a size threshold (many small villages have none); MSP, centres de santé and
 * hospitals get their own teams; about 8 % of GPs have a second place of practice.
 */
import type { DemoEstablishment } from './establishments';
import { distanceKm, type PointKm } from './geometry';
import { personName, type PersonName } from './names';
import type { Rng } from './rng';

/** One activity (place of practice) of a professional. */
export interface DemoActivity {
  commune: number;
  /** L libéral, S salarié. */
  mode: 'L' | 'S';
  /** SA01 établissement public, SA05 centre de santé, SA07 cabinet individuel, SA08 cabinet de groupe. */
  sector: 'SA01' | 'SA05' | 'SA07' | 'SA08';
  /** FINESS site when practising in an establishment, MSP or centre de santé. */
  site: DemoEstablishment | null;
  /** Raison sociale of the site (pharmacies, structures), empty for cabinets. */
  siteName: string;
  /** Pharmacists only: ordre section A (titulaire d'officine), D (adjoint), H (établissement). */
  pharmacySection: '' | 'A' | 'D' | 'H';
}

/** One person of the directory. */
export interface DemoProfessional {
  /** Identifiant PP (RPPS, 11 digits); the national identifier is `8` + this. */
  rpps: string;
  professionCode: string;
  /** Savoir-faire code (SM54, SM53, SM04…), empty when none. */
  specialtyCode: string;
  name: PersonName;
  activities: DemoActivity[];
}

/** Where the professionals can be placed. */
export interface PlacementInfo {
  seeds: readonly PointKm[];
  populations: readonly number[];
  establishments: readonly DemoEstablishment[];
}

/** Liberal professions: density per 10,000 inhabitants, minimum commune size, concentration. */
const LIBERAL = [
  { code: '10', specialty: 'GP', per10k: 8.6, minPop: 550, gamma: 1.1 },
  { code: '60', specialty: '', per10k: 17.5, minPop: 300, gamma: 1 },
  { code: '70', specialty: '', per10k: 13, minPop: 800, gamma: 1.15 },
  { code: '50', specialty: '', per10k: 1.5, minPop: 2500, gamma: 1.2 },
  { code: '40', specialty: '', per10k: 5.5, minPop: 1200, gamma: 1.2 },
] as const;

/** Team of each structure type: [profession, min, max]. */
const TEAMS: Record<string, [string, number, number][]> = {
  '603': [
    ['10', 3, 6],
    ['60', 2, 4],
    ['70', 1, 3],
    ['50', 0, 1],
    ['40', 0, 1],
  ],
  '124': [
    ['10', 2, 4],
    ['60', 1, 3],
    ['40', 1, 2],
    ['50', 0, 1],
  ],
  '106': [['10', 2, 2]],
  '355': [['50', 2, 6]],
};

/** Hospital and clinic specialists (savoir-faire code, sites by category, count per site). */
const SPECIALISTS: [string, string, number][] = [
  ['SM04', '355', 3],
  ['SM04', '365', 2],
  ['SM02', '355', 4],
  ['SM02', '365', 3],
  ['SM02', '128', 2],
  ['SM20', '355', 3],
  ['SM20', '365', 1],
];

/**
 * Build the professionals (pharmacists excluded, see `buildPharmacists`).
 * @example buildProfessionals(rng, info, ids).filter((p) => p.specialtyCode === 'SM54').length
 */
export function buildProfessionals(
  rng: Rng,
  info: PlacementInfo,
  newId: () => string,
): DemoProfessional[] {
  const people: DemoProfessional[] = [];
  const totalPop = info.populations.reduce((a, b) => a + b, 0);
  const gpSpecialty = (): string => (rng.chance(0.15) ? 'SM53' : 'SM54');
  const person = (code: string, specialty: string, activity: DemoActivity): DemoProfessional => {
    const p = {
      rpps: newId(),
      professionCode: code,
      specialtyCode: specialty,
      name: personName(rng),
      activities: [activity],
    };
    people.push(p);
    return p;
  };
  const atSite = (site: DemoEstablishment, mode: 'L' | 'S'): DemoActivity => ({
    commune: site.commune,
    mode,
    sector: site.categoryCode === '124' ? 'SA05' : site.isPublic ? 'SA01' : 'SA08',
    site,
    siteName: site.longName,
    pharmacySection: '',
  });
  const placed = new Map<string, number>();
  for (const site of info.establishments) {
    for (const [code, min, max] of TEAMS[site.categoryCode] ?? []) {
      if (site.categoryCode === '355' && code === '50' && site.mcoBeds < 150) continue;
      const count = rng.int(min, max);
      const mode = site.categoryCode === '603' ? 'L' : 'S';
      for (let k = 0; k < count; k += 1)
        person(code, code === '10' ? gpSpecialty() : '', atSite(site, mode));
      placed.set(code, (placed.get(code) ?? 0) + count);
    }
  }
  for (const [specialty, category, count] of SPECIALISTS) {
    for (const site of info.establishments.filter((e) => e.categoryCode === category)) {
      const n = site.mcoBeds >= 150 ? count : Math.ceil(count / 2);
      for (let k = 0; k < n; k += 1)
        person('10', specialty, atSite(site, site.isPublic ? 'S' : 'L'));
    }
  }
  for (const spec of LIBERAL) {
    const target = Math.round((spec.per10k * totalPop) / 10000) - (placed.get(spec.code) ?? 0);
    const weights = info.populations.map((p) => (p >= spec.minPop ? p ** spec.gamma : 0));
    const counts = info.populations.map(() => 0);
    for (let k = 0; k < target; k += 1) {
      const i = rng.weightedIndex(weights);
      counts[i] = (counts[i] ?? 0) + 1;
    }
    counts.forEach((n, commune) => {
      for (let k = 0; k < n; k += 1) {
        const group = n >= 2 && rng.chance(0.8);
        const activity: DemoActivity = {
          commune,
          mode: 'L',
          sector: group ? 'SA08' : 'SA07',
          site: null,
          siteName: '',
          pharmacySection: '',
        };
        person(spec.code, spec.specialty === 'GP' ? gpSpecialty() : '', activity);
      }
    });
  }
  addSecondPlaces(rng, info, people);
  return people;
}

/** Give about 8 % of the GPs a second place: a secondary cabinet or a salaried hospital activity. */
function addSecondPlaces(rng: Rng, info: PlacementInfo, people: DemoProfessional[]): void {
  const gps = people.filter((p) => p.specialtyCode === 'SM54' || p.specialtyCode === 'SM53');
  const hospitals = info.establishments.filter((e) => e.mcoBeds > 0 && e.isPublic);
  const target = Math.round(gps.length * 0.08);
  for (const gp of rng.shuffle(gps).slice(0, target)) {
    const first = gp.activities[0] as DemoActivity;
    const here = info.seeds[first.commune] as PointKm;
    if (rng.chance(0.55)) {
      const options = info.seeds
        .map((q, i) => ({ i, d: distanceKm(here, q) }))
        .filter(({ i, d }) => i !== first.commune && d < 14 && (info.populations[i] ?? 0) >= 250);
      if (options.length > 0) {
        const { i } = rng.pick(options);
        gp.activities.push({
          commune: i,
          mode: 'L',
          sector: 'SA07',
          site: null,
          siteName: '',
          pharmacySection: '',
        });
        continue;
      }
    }
    const site = hospitals
      .filter((h) => h.commune !== first.commune)
      .map((h) => ({ h, d: distanceKm(here, h.position) }))
      .sort((a, b) => a.d - b.d)[0]?.h;
    if (site)
      gp.activities.push({
        commune: site.commune,
        mode: 'S',
        sector: 'SA01',
        site,
        siteName: site.longName,
        pharmacySection: '',
      });
  }
}
