import { aciAmountsForSize, type AciAmount, type AciSize } from './aci-amounts';

/** One size tranche of the ACI CPTS. */
export interface AciTranche {
  /** Taille 1 to 4. */
  size: AciSize;
  label: string;
  /** Population bounds of the tranche (see `computeAciTranche` for the bounds; null = unbounded). */
  minPopulation: number | null;
  maxPopulation: number | null;
}

/** The tranche of a population, its sourced funding maxima, and a warning near a threshold. */
export interface AciTrancheResult {
  tranche: AciTranche;
  population: number;
  /** Annual funding MAXIMA of the tranche, each from one text with its date (`aciAmountsForSize`). */
  amounts: AciAmount[];
  /** Set when the population is within `WARNING_MARGIN` of a threshold. */
  warning: { threshold: number; distancePct: number; message: string } | null;
}

/** Thresholds between tranches (inhabitants). */
export const ACI_THRESHOLDS = [40_000, 80_000, 175_000] as const;
/** Relative distance to a threshold under which the tranche is flagged as fragile (3 %). */
export const WARNING_MARGIN = 0.03;

/** The four tranches (ACI CPTS 2019; thresholds unchanged by avenant 2). */
export const ACI_TRANCHES: readonly AciTranche[] = [
  {
    size: 1,
    label: 'Taille 1 (moins de 40 000 hab.)',
    minPopulation: null,
    maxPopulation: 40_000,
  },
  {
    size: 2,
    label: 'Taille 2 (40 000 à 80 000 hab.)',
    minPopulation: 40_000,
    maxPopulation: 80_000,
  },
  {
    size: 3,
    label: 'Taille 3 (80 000 à 175 000 hab.)',
    minPopulation: 80_000,
    maxPopulation: 175_000,
  },
  {
    size: 4,
    label: 'Taille 4 (plus de 175 000 hab.)',
    minPopulation: 175_000,
    maxPopulation: null,
  },
];

/**
 * ACI CPTS size tranche of a population (DOMAIN.md 4.1): taille 1 < 40,000 inhabitants,
 * taille 2 40,000–80,000, taille 3 80,000–175,000, taille 4 > 175,000; exactly 40,000 or 80,000 falls in
 * the upper tranche, exactly 175,000 in taille 3 (« plus de 175 000 »). The funding is given as
 * the sourced annual maxima of the tranche, each with its text and « valable au » date
 * (`ACI_AMOUNTS`), never one figure mixing texts. A warning is set when the population is within
 * 3 % of a threshold (|population − threshold| ≤ 3 % of the threshold), since one commune more or
 * less, or a new INSEE vintage, changes the tranche.
 *
 * Source: Accord conventionnel interprofessionnel en faveur du développement de l'exercice
 * coordonné et du déploiement des CPTS, signé le 20 juin 2019, approuvé par arrêté du
 * 21 août 2019 (JO du 24 août 2019) ; thresholds unchanged by avenant 2 (signé le 20 décembre 2021).
 *
 * @param population - Population municipale of the territory (inhabitants).
 * @example
 * computeAciTranche(41_000).tranche.size; // => 2, with a warning (2.5 % above 40,000)
 */
export function computeAciTranche(population: number): AciTrancheResult {
  const index = population < 40_000 ? 0 : population < 80_000 ? 1 : population <= 175_000 ? 2 : 3;
  const tranche = ACI_TRANCHES[index] as AciTranche;
  let warning: AciTrancheResult['warning'] = null;
  for (const threshold of ACI_THRESHOLDS) {
    const distance = (population - threshold) / threshold;
    if (Math.abs(distance) <= WARNING_MARGIN) {
      const pct = Math.round(Math.abs(distance) * 1000) / 10;
      const side = population >= threshold ? 'au-dessus' : 'en dessous';
      warning = {
        threshold,
        distancePct: pct,
        message: `Population à ${pct.toLocaleString('fr-FR')} % ${side} du seuil de ${threshold.toLocaleString('fr-FR')} habitants : la tranche peut changer avec une commune de plus ou de moins ou un nouveau millésime INSEE.`,
      };
    }
  }
  return { tranche, population, amounts: aciAmountsForSize(tranche.size), warning };
}
