/**
 * Invented names: communes (combinatorial, French-sounding, plainly fictitious, some accented),
 * people (surnames such as « Fictif », « Imaginaire »), and comparison keys that ignore accents.
 */
import type { Rng } from './rng';

/** Names that must appear in the demo (they exercise accents and apostrophes in every file). */
export const MAIN_TOWN_NAME = 'Bourg-Fictif';
/** Required coastal name. */
export const COASTAL_TOWN_NAME = 'Saint-Imaginaire-sur-Mer';
/** Required names given to other settlements, in order. */
export const FIXED_NAMES = ["Val-d'Inventé", 'Sainte-Élodie-la-Fictive'];

const ROOTS =
  'Fict|Imagin|Invent|Chimér|Song|Rêv|Mirag|Fabul|Utop|Fantasm|Légend|Nébul|Brum|Onir|Féer|Illus|Fabl|Ombr|Vapor'.split(
    '|',
  );
const ENDINGS = 'ac|ay|ville|court|ières|eux|igny|an|ec|oux|elles|é'.split('|');
const SAINTS_M = 'Fictif|Imaginaire|Songeur|Fabulin|Rêvelin|Chimérin|Inventin|Onirin'.split('|');
const SAINTS_F = 'Élodie|Fabulette|Onirine|Chimérette|Songeline|Rêveline|Légendine'.split('|');
const PREFIXES = 'Bourg-|Mont-|Pont-|Château-|Plou|Ker|Lan|Tré|Guer'.split('|');
const ARTICLED =
  'La Chênaie|Le Mirage|Les Songes|La Brume|Le Val|Les Chimères|La Fable|Le Plessis|La Lande|Les Rêveries'.split(
    '|',
  );
const SUFFIXES =
  "-en-Songe|-les-Bois|-sur-Chimère|-d'en-Haut|-des-Landes|-la-Forêt|-du-Val|-le-Fictif|-la-Fictive|-sur-Brume|-l'Inventée".split(
    '|',
  );
// Combinations that happen to be real commune names (found by names.test.ts against the COG).
const REAL_NAMES = new Set(['revelles', 'chimay']);
const COAST_SUFFIXES = '-sur-Mer|-les-Grèves|-la-Plage|-sur-Océan'.split('|');

/** One candidate commune name. */
function candidate(rng: Rng, coastal: boolean): string {
  const root = (): string => rng.pick(ROOTS) + rng.pick(ENDINGS);
  const suffix = (): string => {
    if (coastal && rng.chance(0.55)) return rng.pick(COAST_SUFFIXES);
    return rng.chance(0.35) ? rng.pick(SUFFIXES) : '';
  };
  const pattern = rng.weightedIndex([3, 2, 2, 1.5, 1]);
  if (pattern === 0) return root() + suffix();
  if (pattern === 1) {
    if (rng.chance(0.6)) return `Saint-${rng.pick(SAINTS_M)}${suffix()}`;
    return `Sainte-${rng.pick(SAINTS_F)}${suffix()}`;
  }
  if (pattern === 2) {
    const prefix = rng.pick(PREFIXES);
    const r = root();
    return prefix.endsWith('-') ? prefix + r : prefix + r.toLowerCase();
  }
  if (pattern === 3) return `${rng.pick(ARTICLED)}${suffix() || '-' + root()}`;
  const r = root();
  return /^[AEIOUÉÈ]/.test(r) ? `Val-d'${r}` : `Val-de-${r}`;
}

/**
 * Build unique commune names, one per entry of `coastal` (coastal communes may get « -sur-Mer »).
 * Names listed in `fixed` (index → name) are kept as given.
 * @example buildCommuneNames(rng, [false, true], new Map([[0, 'Bourg-Fictif']]))
 */
export function buildCommuneNames(
  rng: Rng,
  coastal: readonly boolean[],
  fixed: ReadonlyMap<number, string>,
): string[] {
  const used = new Set<string>([...fixed.values()].map(nameKey));
  return coastal.map((isCoastal, i) => {
    const given = fixed.get(i);
    if (given !== undefined) return given;
    for (let tries = 0; tries < 1000; tries += 1) {
      const name = candidate(rng, isCoastal);
      if (used.has(nameKey(name)) || REAL_NAMES.has(nameKey(name))) continue;
      used.add(nameKey(name));
      return name;
    }
    throw new Error('names: cannot find a unique commune name');
  });
}

const SURNAME_STEMS =
  'Fictif|Imaginaire|Songe|Chimère|Mirage|Fable|Brume|Rêve|Invent|Légende|Nuée|Onirique|Fantaisie|Utopie'.split(
    '|',
  );
const SURNAME_PREFIXES = '|||Le|Du|De La |Ker|Mar|Bel'.split('|');
const SURNAME_ENDINGS = '||au|et|in|ot|ard|ier|elle'.split('|');
const GIVEN_F =
  'Élodie|Hélène|Zoé|Anaïs|Gaëlle|Chloé|Maëlle|Léa|Inès|Camille|Nathalie|Sophie|Claire|Aurélie|Juliette|Noémie|Bérénice|Lucie'.split(
    '|',
  );
const GIVEN_M =
  'Benoît|Jérôme|Loïc|Frédéric|Noël|Hervé|Gaël|Théo|Étienne|Julien|Mathieu|Yann|Pierre|Cédric|Antoine|Rémi|Hugo|Mickaël'.split(
    '|',
  );

/** An invented person name; `female` chooses the given name. */
export interface PersonName {
  surname: string;
  givenName: string;
  female: boolean;
}

/**
 * Draw an invented person name (surname built from « Fictif », « Songe »… stems).
 * @example personName(rng).surname // e.g. 'Lefictif', 'Brumeau', 'Kerchimère'
 */
export function personName(rng: Rng): PersonName {
  const prefix = rng.pick(SURNAME_PREFIXES);
  let stem = rng.pick(SURNAME_STEMS);
  const ending = rng.pick(SURNAME_ENDINGS);
  if (ending) stem = stem.replace(/[eé]$/, '') + ending;
  const surname = prefix && !prefix.endsWith(' ') ? prefix + stem.toLowerCase() : prefix + stem;
  const female = rng.chance(0.55);
  return { surname, givenName: rng.pick(female ? GIVEN_F : GIVEN_M), female };
}

/**
 * Comparison key of a name: no accents, lower case; used for sorting and uniqueness so the
 * result does not depend on the machine's locale.
 * @example nameKey('Sainte-Élodie') // 'sainte-elodie'
 */
export function nameKey(name: string): string {
  return name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();
}

/**
 * Upper-case form without accents, like La Poste routing labels (« BOURG FICTIF »).
 * @example routingLabel("Val-d'Inventé") // "VAL D INVENTE"
 */
export function routingLabel(name: string): string {
  return nameKey(name).toUpperCase().replace(/[-']/g, ' ');
}

/**
 * Compare two strings by UTF-16 code units (locale-independent, unlike `localeCompare`).
 * @example ['b', 'a'].sort(compareText) // ['a', 'b']
 */
export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
