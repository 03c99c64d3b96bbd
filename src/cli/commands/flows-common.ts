/** Shared input handling of the `basins` and `flows` commands. */
import type { AllocationMethodCount, FlowInputs } from '../../core/flows/flow-types';
import type { CodedGeometry } from '../../core/geo/dissolve-communes';
import { loadFlowInputs } from '../../db/flow-inputs';
import {
  loadInputsIntoDuckDb,
  reportInputErrors,
  type InputOptions,
  type LoadedInputs,
} from '../load-inputs';
import { ALLOCATION_METHOD_LABELS } from '../../core/flows/zone-kind';
import { CliError } from '../args';

export const ALLOCATION_NOTE =
  'Séjours PMSI répartis des zones de résidence vers les communes au prorata de la population (table ATIH, codes postaux ou codes commune selon le type de zone : voir « allocationMethods »).';

/** How the stays were tied to communes, per method (what the Flux panel shows too). */
export type AllocationMethods = AllocationMethodCount[];

/**
 * Loads the inputs (or the demo) into DuckDB and reads the flow inputs with the app's SQL, the
 * commune contours and the allocation summary.
 */
export async function loadFlowCommandInputs(
  loads: readonly string[],
  options: InputOptions = {},
): Promise<
  Omit<LoadedInputs, 'conn'> & {
    flows: FlowInputs;
    geometries: CodedGeometry[];
    allocationMethods: AllocationMethods;
  }
> {
  const inputs = await loadInputsIntoDuckDb(loads, options);
  reportInputErrors(inputs.reports);
  try {
    const geometries = inputs.contours;
    const flows = await loadFlowInputs(inputs.conn);
    if (flows.zoneFlows.length === 0)
      throw new CliError(
        'Aucun séjour PMSI chargé : ajoutez un fichier de séjours (--load sejours.csv, colonnes code_geo;finess;nb_sejours).',
      );
    if (flows.establishments.length === 0)
      throw new CliError(
        'Aucun établissement FINESS chargé : ajoutez le fichier FINESS (--load finess.csv) pour situer les établissements.',
      );
    return {
      reports: inputs.reports,
      demo: inputs.demo,
      contours: inputs.contours,
      flows,
      geometries,
      allocationMethods: flows.allocationMethods,
    };
  } finally {
    await inputs.conn.close();
  }
}

export const round = (v: number | null, digits = 4): number | null =>
  v === null ? null : Math.round(v * 10 ** digits) / 10 ** digits;

/** The allocation note and, per method, the zones and stays it placed (text output). */
export function printAllocation(methods: AllocationMethods): void {
  console.log(ALLOCATION_NOTE);
  for (const m of methods)
    console.log(
      `  ${ALLOCATION_METHOD_LABELS[m.method]} : ${m.zones} zone(s), ${Math.round(m.stays ?? 0)} séjours connus, ${m.maskedCells} case(s) masquée(s)`,
    );
}
