/** Shared input handling of the `basins` and `flows` commands. */
import type { FlowInputs } from '../../core/flows/flow-types';
import { loadFlowInputs } from '../../db/flow-inputs';
import { loadInputsIntoDuckDb, reportInputErrors, type LoadedInputs } from '../load-inputs';
import { CliError } from '../args';

export const ALLOCATION_NOTE =
  'Séjours PMSI répartis des codes géographiques PMSI vers les communes au prorata de la population (codes postaux).';

/** Loads the inputs (or the demo) into DuckDB and reads the flow inputs with the app's SQL. */
export async function loadFlowCommandInputs(
  loads: readonly string[],
): Promise<LoadedInputs & { flows: FlowInputs }> {
  const inputs = await loadInputsIntoDuckDb(loads);
  reportInputErrors(inputs.reports);
  try {
    const flows = await loadFlowInputs(inputs.conn);
    if (flows.zoneFlows.length === 0)
      throw new CliError(
        'Aucun séjour PMSI chargé : ajoutez un fichier de séjours (--load sejours.csv, colonnes code_geo;finess;nb_sejours).',
      );
    if (flows.establishments.length === 0)
      throw new CliError(
        'Aucun établissement FINESS chargé : ajoutez le fichier FINESS (--load finess.csv) pour situer les établissements.',
      );
    return { ...inputs, flows };
  } finally {
    await inputs.conn.close();
  }
}

export const round = (v: number | null, digits = 4): number | null =>
  v === null ? null : Math.round(v * 10 ** digits) / 10 ** digits;
