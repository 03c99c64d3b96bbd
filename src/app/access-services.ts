/**
 * What the access panel (src/ui/AccessPanel.tsx) needs from the app: the inputs read from DuckDB
 * (once per loaded dataset and profession), the analysis run in the analysis worker (activity
 * join included), and the access files (APL, time matrix, activity) parsed there.
 */
import type { AccessAnalysis, AccessInput } from '../core/access/analyse-access';
import type { Connector } from '../db/connector';
import { loadAccessInputs, type AccessInputs } from '../db/load-access-inputs';
import { buildAccessProfessionsSql, type AccessProfessionRow } from '../db/sql/access-inputs';
import type { AccessFile, AccessOutcome, AccessRequest } from '../workers/access-api';
import { getAnalysisClient } from '../workers/analysis-client';

export type { AccessFile, AccessOutcome } from '../workers/access-api';
export type { AccessInputs } from '../db/load-access-inputs';
export type { AccessProfessionRow } from '../db/sql/access-inputs';

/** The professions present (general practitioners first). */
export async function loadAccessProfessions(
  getConnector: () => Promise<Connector>,
): Promise<AccessProfessionRow[]> {
  return (await getConnector()).query<AccessProfessionRow>(buildAccessProfessionsSql());
}

/** Communes and activities of one profession, from DuckDB. */
export async function loadAccessData(
  getConnector: () => Promise<Connector>,
  profession: string,
): Promise<AccessInputs> {
  return loadAccessInputs(await getConnector(), profession);
}

/** Runs the E2SFCA in the analysis worker (off the main thread). */
export function runAccessAnalysis(input: AccessInput): Promise<AccessAnalysis> {
  return getAnalysisClient().computeAccess(input);
}

/** Parses a DREES APL file or a travel-time matrix chosen by the user, in the worker. */
export async function readAccessFile(file: File): Promise<AccessFile> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  return getAnalysisClient().parseAccessFile({ name: file.name, bytes });
}

const inputsByData = new WeakMap<object, Map<string, Promise<AccessInputs>>>();

/** Communes and activities of one profession, read once per loaded dataset (`version`). */
export function loadAccessDataOnce(
  version: object,
  getConnector: () => Promise<Connector>,
  profession: string,
): Promise<AccessInputs> {
  let byProfession = inputsByData.get(version);
  if (!byProfession) {
    byProfession = new Map();
    inputsByData.set(version, byProfession);
  }
  let p = byProfession.get(profession);
  if (!p) {
    p = loadAccessData(getConnector, profession);
    // A failed read is tried again next time.
    p.catch(() => byProfession.delete(profession));
    byProfession.set(profession, p);
  }
  return p;
}

/** Runs the E2SFCA with the user's activity file joined in the worker (off the main thread). */
export function runAccessWithActivity(request: AccessRequest): Promise<AccessOutcome> {
  return getAnalysisClient().computeAccessWithActivity(request);
}
