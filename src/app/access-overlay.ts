/**
 * Choropleths of the « Accès aux soins » tab, built from a result (never in a component): our
 * score, the scenario's effect, the DREES APL, and the pair shown side by side.
 */
import type { AccessAnalysis } from '../core/access/analyse-access';
import {
  colourDifference,
  colourScores,
  type AccessColouring,
} from '../core/access/access-colouring';
import type { AplRecord } from '../core/access/types';
import type { MapOverlay } from './app-services';

/** What the shared map shows in the access tab. */
export type AccessMapMode = 'score' | 'difference' | 'apl';

/** The DREES APL of the communes as a choropleth. */
export function aplColouring(
  codes: readonly string[],
  rows: readonly AplRecord[],
): AccessColouring {
  const byCode = new Map(rows.map((r) => [r.code, r.apl]));
  return colourScores(
    codes,
    codes.map((c) => byCode.get(c) ?? null),
    'APL DREES (médecins généralistes)',
    'consultations par an et par habitant standardisé (DREES)',
  );
}

/** Our score as a choropleth titled with the profession. */
export function scoreColouring(
  result: AccessAnalysis,
  professionLabel: string,
  title = `Accès (E2SFCA) : ${professionLabel}`,
): AccessColouring {
  return colourScores(result.codes, result.scores, title, result.unit.label);
}

/** The overlay of the shared map for a map mode (the APL mode needs the APL rows). */
export function accessOverlay(
  result: AccessAnalysis,
  mode: AccessMapMode,
  apl: readonly AplRecord[] | null,
  professionLabel: string,
): MapOverlay {
  let colouring: AccessColouring;
  if (mode === 'difference')
    colouring = colourDifference(
      result.codes,
      result.scores.map((s, i) => s - (result.baselineScores[i] as number)),
      `Effet du scénario : ${professionLabel}`,
      result.unit.label,
    );
  else if (mode === 'apl' && apl) colouring = aplColouring(result.codes, apl);
  else colouring = scoreColouring(result, professionLabel);
  return { id: `access-${mode}`, ...colouring };
}
