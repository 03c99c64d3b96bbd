/**
 * The ACI CPTS funding amounts as data: each row comes from ONE official text, with the article
 * when it could be checked, and the date at which the amount is valid (« valable au »). Amounts are
 * MAXIMA per year (« jusqu'à … € ») for a tranche size; what a CPTS receives depends on its contract
 * and on the missions it runs. An amount that could not be checked against the texts is not listed
 * (null): no figure of one text is completed with a figure of another.
 */

/** Tranche size of the ACI (1 to 4). */
export type AciSize = 1 | 2 | 3 | 4;

/** An official text of the ACI CPTS. */
export interface AciText {
  id: 'aci-2019' | 'avenant-2';
  /** Short name shown next to an amount. */
  shortName: string;
  /** Full reference: signature, approving arrêté, Journal officiel. */
  reference: string;
}

/** What an amount funds. */
export type AciAmountKind = 'fonctionnement' | 'total';

/** One row of the table: one kind of amount, from one text. */
export interface AciAmountRow {
  kind: AciAmountKind;
  label: string;
  text: AciText;
  /** Article or annex of the text; null when it could not be checked (the text is still cited). */
  article: string | null;
  /** ISO date at which the amounts of the row are valid (« valable au »). */
  validAt: string;
  /** Maximum euros per year by size; null when not sourced for that size. */
  maxEurBySize: Record<AciSize, number | null>;
}

/** ACI of 20 June 2019, approved by the arrêté of 21 August 2019. */
export const ACI_2019: AciText = {
  id: 'aci-2019',
  shortName: 'ACI CPTS 2019',
  reference:
    'Accord conventionnel interprofessionnel en faveur du développement de l’exercice coordonné et ' +
    'du déploiement des communautés professionnelles territoriales de santé, signé le 20 juin 2019, ' +
    'approuvé par l’arrêté du 21 août 2019 (JORF n° 0196 du 24 août 2019)',
};

/** Avenant 2, signed on 20 December 2021 (4th socle mission: crises sanitaires graves). */
export const AVENANT_2: AciText = {
  id: 'avenant-2',
  shortName: 'avenant n° 2 à l’ACI CPTS',
  reference:
    'Avenant n° 2 à l’accord conventionnel interprofessionnel CPTS, signé le 20 décembre 2021, ' +
    'approuvé par arrêté (Journal officiel du 31 mars 2022) ; il ajoute la 4e mission socle ' +
    '(réponse aux crises sanitaires graves)',
};

/**
 * The sourced amounts. ACI 2019: « fonctionnement » 50,000 / 60,000 / 75,000 / 90,000 € (art. 7.2,
 * the annual funding of the structure, to which art. 9.1 refers) and maximum total, all missions
 * including the compensation of professionals for unscheduled care, 220,000 / 287,000 / 370,000 /
 * 450,000 € (art. 7). Avenant 2 (signed 20 December 2021) revised these amounts and added the 4th
 * socle mission: it is listed as a revision of both kinds, without figures (not checked against the
 * signed text here), so every 2019 amount is shown as « modifié par l’avenant n° 2, nouveau montant
 * non repris ici ». Later avenants are not listed: their amounts could not be checked here.
 */
export const ACI_AMOUNTS: readonly AciAmountRow[] = [
  {
    kind: 'fonctionnement',
    label: 'Fonctionnement de la communauté',
    text: ACI_2019,
    article: 'art. 7.2',
    validAt: '2019-08-25',
    maxEurBySize: { 1: 50_000, 2: 60_000, 3: 75_000, 4: 90_000 },
  },
  {
    kind: 'total',
    label: 'Total toutes missions (dont compensation des soins non programmés)',
    text: ACI_2019,
    article: 'art. 7',
    validAt: '2019-08-25',
    maxEurBySize: { 1: 220_000, 2: 287_000, 3: 370_000, 4: 450_000 },
  },
  // Avenant 2 revised the amounts of both kinds; its figures could not be checked against the
  // signed text here (the 87,500 … 157,500 € quoted by the press during the negotiation are the
  // « amorçage » envelope, not the annual « fonctionnement »): listed as revisions, without amounts.
  {
    kind: 'fonctionnement',
    label: 'Fonctionnement de la communauté',
    text: AVENANT_2,
    article: null,
    validAt: '2022-03-31',
    maxEurBySize: { 1: null, 2: null, 3: null, 4: null },
  },
  {
    kind: 'total',
    label: 'Total toutes missions',
    text: AVENANT_2,
    article: null,
    validAt: '2022-03-31',
    maxEurBySize: { 1: null, 2: null, 3: null, 4: null },
  },
];

/** One sourced maximum for a tranche size. */
export interface AciAmount {
  kind: AciAmountKind;
  label: string;
  maxEur: number;
  text: AciText;
  article: string | null;
  validAt: string;
  /**
   * The later text that changed amounts of this kind (for any size), null when none;
   * `amountListed` is false when its figure for this size is not in the table.
   */
  supersededBy: { text: AciText; amountListed: boolean } | null;
}

/**
 * The sourced maxima of a tranche size, oldest text first, each marked with the later text that
 * changed amounts of its kind (`supersededBy`, null for the amounts in force in the table).
 *
 * @example aciAmountsForSize(1).map((a) => a.maxEur); // => [50000, 220000], both revised by avenant 2
 */
export function aciAmountsForSize(size: AciSize): AciAmount[] {
  const byDate = [...ACI_AMOUNTS].sort((a, b) => a.validAt.localeCompare(b.validAt));
  return byDate.flatMap((r) => {
    const maxEur = r.maxEurBySize[size];
    if (maxEur === null) return [];
    const later = byDate.find((o) => o.kind === r.kind && o.validAt > r.validAt);
    return [
      {
        kind: r.kind,
        label: r.label,
        maxEur,
        text: r.text,
        article: r.article,
        validAt: r.validAt,
        supersededBy: later
          ? { text: later.text, amountListed: later.maxEurBySize[size] !== null }
          : null,
      },
    ];
  });
}

/**
 * One French line for an amount, shown as a maximum with its text, article and date, and, for an
 * amount changed by a later text, which one.
 *
 * @example formatAciAmount(aciAmountsForSize(4)[0]!);
 * // => 'Fonctionnement de la communauté : jusqu’à 90 000 €/an — ACI CPTS 2019, art. 7.2, valable au 25/08/2019 (modifié par l’avenant n° 2 à l’ACI CPTS)'
 */
export function formatAciAmount(a: AciAmount): string {
  const eur = a.maxEur.toLocaleString('fr-FR').replace(/\s/g, ' ');
  const [y, m, d] = a.validAt.split('-');
  const where = a.article ? `${a.text.shortName}, ${a.article}` : a.text.shortName;
  const s = a.supersededBy;
  const later = s
    ? ` (modifié par l’${s.text.shortName}${s.amountListed ? '' : ', nouveau montant non repris ici'})`
    : '';
  return `${a.label} : jusqu’à ${eur} €/an — ${where}, valable au ${d}/${m}/${y}${later}`;
}
