/**
 * Access analysis in the analysis worker (DOMAIN.md section 4.4): plain async functions over
 * src/core/access, exposed through Comlink by `analysis-api.ts`. The pairs of communes under the
 * cut-off are kept between calls, so a what-if scenario only reruns the two E2SFCA steps.
 */
import {
  analyseAccess,
  buildAccessPairs,
  type AccessAnalysis,
  type AccessInput,
} from '../core/access/analyse-access';
import { cutoffMinutes } from '../core/access/decay';
import { joinActivityRecords, type ActivityJoin } from '../core/access/join-activity';
import { describeSupply } from '../core/access/supply-definition';
import type { ReachPairs } from '../core/access/travel-time';
import type { AplRecord, ProfessionalActivityRecord, TravelTimeRecord } from '../core/access/types';
import type { DataIssue } from '../core/types';
import { decodeText, detectSeparator, hasActivityColumns, parseDataFile } from '../io';
/** A file handed to the worker: its name as the user knows it and its raw bytes. */
export interface InputFile {
  name: string;
  bytes: Uint8Array;
}

let cached: { key: string; pairs: ReachPairs; notes: string[] } | null = null;

/**
 * Runs the access analysis; reuses the pairs of the previous call when the communes, the travel
 * times and the cut-off are the same.
 *
 * @example const result = await computeAccess({ communes, activities, parameters });
 */
export async function computeAccess(input: AccessInput): Promise<AccessAnalysis> {
  const key = JSON.stringify([
    input.communes.length,
    input.communes[0]?.code,
    input.communes.at(-1)?.code,
    input.parameters.travel,
    cutoffMinutes(input.parameters.decay),
    input.times?.length ?? 0,
    input.times?.[0] ?? null,
  ]);
  if (cached?.key !== key) {
    const notes: string[] = [];
    const pairs = buildAccessPairs(input, cutoffMinutes(input.parameters.decay), notes);
    cached = { key, pairs, notes };
  }
  const result = analyseAccess(input, cached.pairs);
  return { ...result, notes: [...cached.notes, ...result.notes] };
}

/** An access computation with the user's activity file (FTE, acts, age), if one was given. */
export interface AccessRequest extends AccessInput {
  activity: { name: string; rows: ProfessionalActivityRecord[] } | null;
}

/** The scores and the sentence that defines the supply they count. */
export interface AccessOutcome {
  result: AccessAnalysis;
  supplyDefinition: string;
}

/**
 * Joins the activity file to the directory's activities (when given), runs {@link computeAccess}
 * and describes the supply used, with notes on the activity rows left unused.
 *
 * @example const { result, supplyDefinition } = await computeAccessWithActivity({ ...input, activity: null });
 */
export async function computeAccessWithActivity(request: AccessRequest): Promise<AccessOutcome> {
  const { activity, ...input } = request;
  let join: ActivityJoin | null = null;
  if (activity) join = joinActivityRecords(input.activities, activity.rows);
  const result = await computeAccess(join ? { ...input, activities: join.activities } : input);
  if (join?.unusedRecords)
    result.notes.push(
      `${join.unusedRecords} ligne(s) du fichier d’activité sans professionnel de cette profession dans l’Annuaire Santé chargé.`,
    );
  if (join?.unmatchedPlaceRecords)
    result.notes.push(
      `${join.unmatchedPlaceRecords} ligne(s) d’activité pour une commune où l’Annuaire Santé ne situe pas ce professionnel : non utilisée(s).`,
    );
  return { result, supplyDefinition: describeSupply(input.parameters, join, activity?.name) };
}

/**
 * What {@link parseAccessFile} read: a DREES APL file, a travel-time matrix, a professional-activity
 * file (FTE, acts, age), or nothing usable.
 */
export interface AccessFile {
  fileName: string;
  kind: 'apl' | 'travel-times' | 'professional-activity' | null;
  apl: AplRecord[];
  times: TravelTimeRecord[];
  activity: ProfessionalActivityRecord[];
  issues: DataIssue[];
}

/**
 * Reads a file given in the access panel: the DREES APL (CSV export) or a commune-to-commune
 * travel-time matrix; any other kind is refused with a French message.
 *
 * @example const f = await parseAccessFile({ name: 'apl-2023.csv', bytes });
 */
export async function parseAccessFile(file: InputFile): Promise<AccessFile> {
  let parsed = parseDataFile(file.name, file.bytes);
  // A reworked Annuaire Santé extract with FTE / acts / age columns: read those columns here.
  if (parsed.kind === 'professionals' && activityHeader(file))
    parsed = parseDataFile(file.name, file.bytes, { kind: 'professional-activity' });
  const base = { fileName: file.name, apl: [], times: [], activity: [], issues: parsed.issues };
  if (parsed.kind === 'apl') return { ...base, kind: 'apl', apl: parsed.rows };
  if (parsed.kind === 'travel-times') return { ...base, kind: 'travel-times', times: parsed.rows };
  if (parsed.kind === 'professional-activity')
    return { ...base, kind: 'professional-activity', activity: parsed.rows };
  return {
    ...base,
    kind: null,
    issues: [
      ...parsed.issues,
      {
        severity: 'error',
        code: 'not-access-file',
        message:
          `${file.name} : ni fichier APL de la DREES (colonnes « Code commune INSEE », « APL aux médecins généralistes »), ` +
          'ni matrice de temps de trajet (colonnes origine ; destination ; minutes), ni fichier d’activité des professionnels ' +
          '(Identification nationale PP ou rpps, et etp, nb_actes, age ou annee_naissance). Chargez les autres fichiers depuis l’écran principal.',
        file: file.name,
      },
    ],
  };
}

/** Whether the header line of a file has activity columns (FTE, acts, age). */
function activityHeader(file: InputFile): boolean {
  const text = decodeText(file.bytes.subarray(0, 65536), file.name).text.replace(/^\uFEFF/, '');
  const first = text.split(/\r?\n/, 1)[0] ?? '';
  return hasActivityColumns(first.split(detectSeparator(text)).map((h) => h.trim()));
}
