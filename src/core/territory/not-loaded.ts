/**
 * What the user sees instead of a number when a layer is not loaded (« Missing is not zero »):
 * « non chargé » followed by what to load and where.
 */
import type { TerritoryLayers } from './territory-base';

/** A layer whose absence is shown (`contourPopulation` is a provenance, not a layer to load). */
export type MissingLayer = Exclude<keyof TerritoryLayers, 'contourPopulation'>;

const WHAT: Record<MissingLayer, string> = {
  population: 'la population INSEE',
  ages: 'la structure par âge INSEE',
  professionals: 'l’Annuaire Santé',
  establishments: 'le fichier FINESS',
  perimeters: 'les périmètres de CPTS',
};

/** The short word shown in tables and JSON-adjacent text. */
export const NOT_LOADED = 'non chargé';

/**
 * French message for a layer that is not loaded, naming the file to load and where: the app's
 * Import tab or the command line's `--load`.
 *
 * @example notLoadedMessage('professionals'); // => 'non chargé — chargez l’Annuaire Santé (onglet Importer)'
 */
export function notLoadedMessage(layer: MissingLayer, where: 'app' | 'cli' = 'app'): string {
  const how = where === 'app' ? 'onglet Importer' : 'option --load';
  return `${NOT_LOADED} — chargez ${WHAT[layer]} (${how})`;
}

/** Label of the provenance of a population, for panels and exports. */
export const POPULATION_SOURCE_LABELS = {
  insee: 'population INSEE',
  contours: 'population des contours (année inconnue)',
} as const;
