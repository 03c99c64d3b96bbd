/** One size tranche of the ACI CPTS. */
export interface AciTranche {
  /** Taille 1 to 4. */
  size: 1 | 2 | 3 | 4;
  label: string;
  /** Population bounds of the tranche (see `computeAciTranche` for the bounds; null = unbounded). */
  minPopulation: number | null;
  maxPopulation: number | null;
  /** Annual « fonctionnement » funding after avenant 2 (2021), euros. */
  fonctionnementEur: number;
  /** Maximum total annual funding, all missions (ACI 2019), euros. */
  maxTotalEur: number;
}

/** The tranche of a population, and a warning when it is close to a threshold. */
export interface AciTrancheResult {
  tranche: AciTranche;
  population: number;
  /** Set when the population is within `WARNING_MARGIN` of a threshold. */
  warning: { threshold: number; distancePct: number; message: string } | null;
}

/** Thresholds between tranches (inhabitants). */
export const ACI_THRESHOLDS = [40_000, 80_000, 175_000] as const;
/** Relative distance to a threshold under which the tranche is flagged as fragile (3 %). */
export const WARNING_MARGIN = 0.03;

/** The four tranches (ACI CPTS 2019; tranches unchanged, funding of avenant 2, 2021). */
export const ACI_TRANCHES: readonly AciTranche[] = [
  {
    size: 1,
    label: 'Taille 1 (moins de 40 000 hab.)',
    minPopulation: null,
    maxPopulation: 40_000,
    fonctionnementEur: 87_500,
    maxTotalEur: 220_000,
  },
  {
    size: 2,
    label: 'Taille 2 (40 000 à 80 000 hab.)',
    minPopulation: 40_000,
    maxPopulation: 80_000,
    fonctionnementEur: 105_000,
    maxTotalEur: 287_000,
  },
  {
    size: 3,
    label: 'Taille 3 (80 000 à 175 000 hab.)',
    minPopulation: 80_000,
    maxPopulation: 175_000,
    fonctionnementEur: 131_250,
    maxTotalEur: 370_000,
  },
  {
    size: 4,
    label: 'Taille 4 (plus de 175 000 hab.)',
    minPopulation: 175_000,
    maxPopulation: null,
    fonctionnementEur: 157_500,
    maxTotalEur: 450_000,
  },
];

/**
 * ACI CPTS size tranche of a population (DOMAIN.md 4.1): taille 1 < 40,000 inhabitants,
 * taille 2 40,000–80,000, taille 3 80,000–175,000, taille 4 > 175,000; exactly 40,000 or 80,000 falls in
 * the upper tranche, exactly 175,000 in taille 3 (« plus de 175 000 »). Funding: « fonctionnement » 87,500 / 105,000 / 131,250 /
 * 157,500 € per year (avenant 2 of 2021) and maximum total 220,000 / 287,000 / 370,000 /
 * 450,000 € (all missions, ACI 2019). A warning is set when the population is within 3 % of a
 * threshold (|population − threshold| ≤ 3 % of the threshold), since one commune more or less,
 * or a new INSEE vintage, changes the tranche.
 *
 * Source: Accord conventionnel interprofessionnel en faveur du développement de l'exercice
 * coordonné et du déploiement des CPTS, 20 juin 2019 (JO 24 août 2019), art. 7 and annexe ;
 * avenant 2 du 16 juillet 2021.
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
  return { tranche, population, warning };
}
