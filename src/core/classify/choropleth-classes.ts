/**
 * Honest choropleth classes: the breaks of `computeClassBreaks`, plus what a reader must know to
 * read them right — a separate « aucun » class for zeros where zero means « none » (no
 * professional), the number of communes in each class, and a note when quantile or natural breaks
 * collapsed because many communes share one value (otherwise « 0 – 10,9 » silently mixes communes
 * without any GP with communes at 10,2).
 */
import { classIndexOf, computeClassBreaks, type ClassMethod } from './compute-class-breaks';
import { formatRange } from './format-range';

/** One class of the legend, with the number of communes it holds. */
export interface ClassEntry {
  colour: string;
  label: string;
  count: number;
}

/** How to class the values of one indicator. */
export interface ClassOptions {
  method: ClassMethod;
  /** Classes wanted for the non-zero values (fewer come back when the data cannot fill them). */
  classes: number;
  /** Colours of n ordered classes (a sequential palette). */
  colours: (n: number) => readonly string[];
  /** Own class for values equal to 0, with its label (e.g. « Aucun (0) ») and colour; null: none. */
  zeroClass: { label: string; colour: string } | null;
  /** Decimals shown in the labels. */
  digits: number;
  /** What is counted, plural, for the notes (« communes »). */
  unitName?: string;
}

/** Classes of one indicator: each value's class, the legend entries and the notes to show. */
export interface ClassedValues {
  /** Colour of a value, null when missing. */
  colourOf: (value: number | null | undefined) => string | null;
  /** Legend entries, zero class first; missing values are left to the caller. */
  entries: ClassEntry[];
  /** Plain-French notes for the legend (merged breaks, fewer classes than asked). */
  notes: string[];
  /** Values that are null, undefined or not finite. */
  missing: number;
  /** Breaks of the non-zero classes (k+1 ascending edges). */
  breaks: number[];
}

const METHOD_NAMES: Record<ClassMethod, string> = {
  quantile: 'quantiles',
  jenks: 'seuils naturels',
  equal: 'intervalles égaux',
};

/**
 * Classes the values of one indicator for a choropleth, with a zero class where asked and notes
 * when the method could not make the classes requested (Brewer & Pickle, « Evaluation of methods
 * for classifying epidemiological data on choropleth maps in series », Annals of the AAG
 * 2002;92(4):662–681: quantiles are the default for comparison, and ties must be reported).
 *
 * @example
 * const c = classValues([0, 0, 0, 4, 8, 12, null], { method: 'quantile', classes: 3,
 *   colours: (n) => Array(n).fill('#999'), zeroClass: { label: 'Aucun (0)', colour: '#fff' }, digits: 1 });
 * c.entries[0] // { colour: '#fff', label: 'Aucun (0)', count: 3 }
 */
export function classValues(
  values: ReadonlyArray<number | null | undefined>,
  options: ClassOptions,
): ClassedValues {
  const { zeroClass, digits, method, classes } = options;
  const unitName = options.unitName ?? 'communes';
  let missing = 0;
  let zeros = 0;
  const ranged: number[] = [];
  for (const v of values) {
    if (typeof v !== 'number' || !Number.isFinite(v)) missing += 1;
    else if (zeroClass && v === 0) zeros += 1;
    else ranged.push(v);
  }
  const { breaks } = computeClassBreaks(ranged, method, classes);
  const colours = options.colours(Math.max(1, breaks.length - 1));
  const counts = new Array<number>(Math.max(0, breaks.length - 1)).fill(0);
  for (const v of ranged) {
    const i = classIndexOf(v, breaks);
    counts[i] = (counts[i] as number) + 1;
  }
  const entries: ClassEntry[] = [];
  if (zeroClass && zeros > 0)
    entries.push({ colour: zeroClass.colour, label: zeroClass.label, count: zeros });
  for (let i = 0; i + 1 < breaks.length; i++)
    entries.push({
      colour: colours[i] as string,
      label: formatRange(breaks[i] as number, breaks[i + 1] as number, digits),
      count: counts[i] as number,
    });
  const notes = collapseNotes(ranged, method, classes, breaks.length - 1, digits, unitName);
  const colourOf = (v: number | null | undefined): string | null => {
    if (typeof v !== 'number' || !Number.isFinite(v)) return null;
    if (zeroClass && v === 0) return zeroClass.colour;
    const i = classIndexOf(v, breaks);
    return i < 0 ? null : (colours[i] ?? null);
  };
  return { colourOf, entries, notes, missing, breaks };
}

/** Notes saying why fewer classes than asked came back, naming the tied value if one caused it. */
function collapseNotes(
  ranged: readonly number[],
  method: ClassMethod,
  wanted: number,
  got: number,
  digits: number,
  unitName: string,
): string[] {
  if (ranged.length === 0 || got >= Math.floor(wanted) || method === 'equal') return [];
  const name = METHOD_NAMES[method];
  const distinct = new Set(ranged).size;
  const tie = largestTie(ranged);
  const reason =
    distinct < wanted || !tie
      ? `les données n'ont que ${distinct} valeurs distinctes`
      : `${tie.count} ${unitName} sur ${ranged.length} ont la même valeur (${formatRange(tie.value, tie.value, digits)}) : les seuils identiques sont fusionnés`;
  return [
    `${got} classe${got > 1 ? 's' : ''} au lieu de ${Math.floor(wanted)} (${name}) : ${reason}.`,
  ];
}

function largestTie(values: readonly number[]): { value: number; count: number } | null {
  const counts = new Map<number, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  let best: { value: number; count: number } | null = null;
  for (const [value, count] of counts) if (!best || count > best.count) best = { value, count };
  return best;
}
