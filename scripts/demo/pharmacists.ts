/**
 * Pharmacists of the fictitious département: officines (one or two titulaires, section A, and
 * salaried adjoints, section D) in communes of at least 900 inhabitants, roughly one officine per
 * 2,900 inhabitants, plus hospital pharmacists (section H) in the public hospitals.
 */
import { personName } from './names';
import type { DemoActivity, DemoProfessional, PlacementInfo } from './professionals';
import type { Rng } from './rng';

const OFFICINE_NAMES = [
  'PHARMACIE DES SONGES',
  'PHARMACIE DU CENTRE',
  'PHARMACIE DE LA CHIMERE',
  'PHARMACIE DU MIRAGE',
  'PHARMACIE DES FABLES',
  'GRANDE PHARMACIE FICTIVE',
  'PHARMACIE DE LA BRUME',
  "PHARMACIE DE L'OCEAN",
];
const INHABITANTS_PER_OFFICINE = 2900;

/**
 * Build the pharmacists (profession 21): officines first, then hospital pharmacists.
 * @example buildPharmacists(rng, info, newId).every((p) => p.professionCode === '21') // true
 */
export function buildPharmacists(
  rng: Rng,
  info: PlacementInfo,
  newId: () => string,
): DemoProfessional[] {
  const people: DemoProfessional[] = [];
  const totalPop = info.populations.reduce((a, b) => a + b, 0);
  const officines = Math.round(totalPop / INHABITANTS_PER_OFFICINE);
  const weights = info.populations.map((p) => (p >= 900 ? p ** 1.05 : 0));
  const add = (activity: DemoActivity): void => {
    people.push({
      rpps: newId(),
      professionCode: '21',
      specialtyCode: '',
      name: personName(rng),
      activities: [activity],
    });
  };
  for (let k = 0; k < officines; k += 1) {
    const commune = rng.weightedIndex(weights);
    const titulaires = rng.chance(0.3) ? 2 : 1;
    const adjoints = rng.int(0, 3);
    const sector = titulaires + adjoints > 1 ? 'SA08' : 'SA07';
    const siteName = rng.pick(OFFICINE_NAMES);
    for (let t = 0; t < titulaires; t += 1)
      add({ commune, mode: 'L', sector, site: null, siteName, pharmacySection: 'A' });
    for (let a = 0; a < adjoints; a += 1)
      add({ commune, mode: 'S', sector, site: null, siteName, pharmacySection: 'D' });
  }
  for (const site of info.establishments.filter((e) => e.isPublic && e.mcoBeds > 0)) {
    const n = site.mcoBeds >= 300 ? 3 : site.mcoBeds >= 100 ? 2 : 1;
    for (let k = 0; k < n; k += 1)
      add({
        commune: site.commune,
        mode: 'S',
        sector: 'SA01',
        site,
        siteName: site.longName,
        pharmacySection: 'H',
      });
  }
  return people;
}
