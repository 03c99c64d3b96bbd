/**
 * What the access panel (src/ui/AccessPanel.tsx) needs from the app: the inputs read from DuckDB,
 * the analysis run in the analysis worker, and the access files (APL, time matrix) parsed there.
 */
import type { AccessAnalysis, AccessInput } from '../core/access/analyse-access';
import type { Connector } from '../db/connector';
import { loadAccessInputs, type AccessInputs } from '../db/load-access-inputs';
import { buildAccessProfessionsSql, type AccessProfessionRow } from '../db/sql/access-inputs';
import type { AccessFile } from '../workers/access-api';
import { getAnalysisClient } from '../workers/analysis-client';

export type { AccessFile } from '../workers/access-api';
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
