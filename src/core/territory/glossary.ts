/**
 * The definitions of the terms Périmètre shows, written once: the app's ⓘ help and the dossier's
 * glossary read the same text. Formulas follow DOMAIN.md sections 4.1–4.4; each entry names its
 * source.
 */

/** One term of the glossary. */
export interface GlossaryEntry {
  term: string;
  definition: string;
  source: string;
}

export type GlossaryKey =
  | 'autarcie'
  | 'fuite'
  | 'attractivite'
  | 'partDeMarche'
  | 'li'
  | 'msi'
  | 'e2sfca'
  | 'trancheAci'
  | 'zoneBlanche'
  | 'populationMunicipale'
  | 'casesMasquees'
  | 'bassin'
  | 'netindex'
  | 'deciles'
  | 'densiteDepartement'
  | 'ensembleCharge';

/** The glossary, in the order the dossier prints it. */
export const GLOSSARY: Record<GlossaryKey, GlossaryEntry> = {
  populationMunicipale: {
    term: 'Population municipale',
    definition:
      'Personnes ayant leur résidence habituelle dans la commune (sans les « comptés à part » : étudiants, internats, communautés). C’est la population des tranches ACI.',
    source: 'INSEE, populations légales',
  },
  trancheAci: {
    term: 'Tranche ACI',
    definition:
      'Taille de la CPTS selon sa population : taille 1 moins de 40 000 habitants, 2 de 40 000 à 80 000, 3 de 80 000 à 175 000, 4 plus de 175 000. Elle fixe le financement annuel maximal.',
    source:
      'Accord conventionnel interprofessionnel CPTS du 20 juin 2019 (tranches inchangées par l’avenant 2)',
  },
  zoneBlanche: {
    term: 'Zone blanche',
    definition: 'Commune couverte par aucune des CPTS chargées.',
    source: 'Périmètres de CPTS chargés',
  },
  autarcie: {
    term: 'Taux d’autarcie',
    definition:
      'Séjours des habitants du territoire dans les établissements du territoire ÷ tous les séjours de ces habitants. Pour un territoire, c’est aussi son indice de localisation (LI).',
    source: 'ATIH, ScanSanté (indicateurs de flux PMSI)',
  },
  fuite: {
    term: 'Taux de fuite',
    definition:
      '1 − autarcie : part des séjours des habitants du territoire réalisés dans un établissement hors du territoire.',
    source: 'ATIH, ScanSanté',
  },
  attractivite: {
    term: 'Taux d’attractivité',
    definition:
      'Séjours de personnes qui n’habitent pas le territoire dans ses établissements ÷ tous les séjours de ces établissements.',
    source: 'ATIH, ScanSanté',
  },
  partDeMarche: {
    term: 'Part de marché',
    definition:
      'Séjours d’un établissement venant d’une zone ÷ tous les séjours des habitants de cette zone.',
    source: 'ATIH, ScanSanté',
  },
  casesMasquees: {
    term: 'Cases masquées',
    definition:
      'Croisements zone × établissement de 1 à 10 séjours que le fichier PMSI ne publie pas (secret statistique). Ils sont comptés à part, jamais comme 0 : les taux portent sur les séjours connus.',
    source: 'ATIH, règles de diffusion des données PMSI',
  },
  li: {
    term: 'LI (indice de localisation)',
    definition:
      'Séjours des habitants d’un bassin dans les établissements du bassin ÷ tous les séjours de ses habitants (0 à 1). Repère : médiane 0,61 pour les bassins hospitaliers suisses.',
    source: 'Klauss et al. 2005 ; Matter-Walstra et al. 2006',
  },
  msi: {
    term: 'MSI (indice de part de marché)',
    definition:
      'Séjours des habitants du bassin dans ses établissements ÷ tous les séjours de ces établissements (0 à 1), soit 1 − attractivité. Repère : médiane 0,75 en Suisse.',
    source: 'Matter-Walstra et al. 2006',
  },
  bassin: {
    term: 'Bassin de pluralité',
    definition:
      'Chaque commune rejoint l’établissement qui reçoit le plus de séjours de ses habitants ; les bassins sont rendus d’un seul tenant puis fusionnés tant que leur LI est sous le seuil.',
    source:
      'Dartmouth Atlas (Hospital Service Areas) ; Haynes, Wertli & Aujesky, Health Serv Res 2020;55(3):469–475',
  },
  e2sfca: {
    term: 'Accessibilité E2SFCA (type APL)',
    definition:
      'Offre de chaque lieu divisée par la population qui peut l’atteindre (pondérée par la distance en temps), puis somme, pour chaque commune, des offres qu’elle atteint. En consultations par an et par habitant standardisé par âge, comme l’APL de la DREES ; moins de 2,5 = sous-dense.',
    source: 'Luo & Qi 2009 ; DREES, indicateur APL',
  },
  netindex: {
    term: 'Netindex',
    definition:
      'Séjours entrants (patients venus d’ailleurs) ÷ séjours sortants (habitants soignés ailleurs). Au-dessus de 1, le bassin attire plus qu’il ne perd ; en dessous, il perd plus qu’il n’attire.',
    source: 'Klauss et al. 2005 (hospital service areas, Suisse)',
  },
  deciles: {
    term: 'Déciles (D1 à D9)',
    definition:
      'Valeurs qui partagent les communes classées en dix groupes de même effectif : 10 % des communes sont sous D1, la moitié sous D5 (la médiane), 90 % sous D9.',
    source: 'INSEE, définition des déciles',
  },
  densiteDepartement: {
    term: 'Dép. (densité du département)',
    definition:
      'Même densité pour 10 000 habitants calculée sur le département où vit la plus grande part de la population du territoire, pour comparer le territoire à son département.',
    source: 'Annuaire Santé (RPPS) et population municipale INSEE chargés',
  },
  ensembleCharge: {
    term: 'Tout / Ensemble chargé',
    definition:
      'Toutes les communes chargées dans l’application (démo, département ou région importés), pas la France entière : la colonne « Tout » compare le territoire à cet ensemble.',
    source: 'Données chargées (onglet Importer)',
  },
};

/** The entries in the glossary's order. */
export function glossaryEntries(): GlossaryEntry[] {
  return Object.values(GLOSSARY);
}
