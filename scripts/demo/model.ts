/**
 * The whole fictitious département as one in-memory model, built step by step from one seed:
 * layout and commune polygons, populations, names and codes, postal codes, PMSI codes, EPCI,
 * establishments, professionals, hospital stays and CPTS.
 */
import { buildCpts, type CptsLayout } from './perimeters';
import { buildEpcis, type Epci } from './epci';
import { buildEstablishments, type DemoEstablishment } from './establishments';
import { distanceKm, type PointKm } from './geometry';
import { buildLayout, type Layout, type SettlementKind } from './layout';
import {
  buildCommuneNames,
  COASTAL_TOWN_NAME,
  FIXED_NAMES,
  MAIN_TOWN_NAME,
  nameKey,
} from './names';
import { buildPharmacists } from './pharmacists';
import { buildPmsiZones, type PmsiZone } from './pmsi-zones';
import { buildPopulations, type CommunePopulation } from './population';
import { buildPostalCodes, type PostalCode } from './postal-codes';
import { buildProfessionals, type DemoProfessional } from './professionals';
import { createRng } from './rng';
import { buildStays, type StayCell } from './stays';
import { buildTessellation, type Tessellation } from './tessellate';

/** One commune of the model (index = position in `DemoModel.communes`, seed order). */
export interface DemoCommune {
  /** Code INSEE `96xxx`, assigned in alphabetical order of names (like the COG). */
  code: string;
  name: string;
  kind: SettlementKind;
  coastal: boolean;
  /** Chef-lieu position (km, local plane). */
  seed: PointKm;
  ring: Tessellation['rings'][number];
  neighbours: number[];
  population: CommunePopulation;
  postalCodes: string[];
  epci: Epci;
}

/** The fictitious département. */
export interface DemoModel {
  seed: number;
  communes: DemoCommune[];
  postalCodes: PostalCode[];
  pmsiZones: PmsiZone[];
  epcis: Epci[];
  establishments: DemoEstablishment[];
  professionals: DemoProfessional[];
  stays: StayCell[];
  cpts: CptsLayout;
}

/** Layout, polygons and CPTS partition; retried with another layout stream if one step fails. */
function buildGeography(seed: number): { layout: Layout; tessellation: Tessellation } {
  let lastError: unknown = null;
  for (let attempt = 0; attempt < 10; attempt += 1) {
    try {
      const layout = buildLayout(createRng(seed, `layout-${attempt}`));
      return { layout, tessellation: buildTessellation(layout) };
    } catch (error) {
      lastError = error;
    }
  }
  throw new Error(`demo: no valid layout for seed ${seed}: ${String(lastError)}`);
}

/**
 * Build the demo model from a seed; the same seed always gives the same model.
 * @example buildDemoModel(2026).communes.length // COMMUNE_COUNT
 */
export function buildDemoModel(seed: number): DemoModel {
  const { layout, tessellation } = buildGeography(seed);
  const { kinds, inside: seeds } = layout;
  const { coastal, neighbours } = tessellation;
  const pops = buildPopulations(createRng(seed, 'population'), kinds, seeds, coastal);
  const population = pops.map((p) => p.population);
  // Required names: main town, the largest town, a rural bourg (hôpital local), a seaside commune.
  const towns = kinds.flatMap((k, i) => (k === 'town' ? [i] : []));
  const largestTown = towns.sort(
    (a, b) => (population[b] ?? 0) - (population[a] ?? 0) || a - b,
  )[0] as number;
  const remoteness = (i: number): number =>
    Math.min(
      ...kinds.flatMap((k, j) =>
        k === 'main' || k === 'town' ? [distanceKm(seeds[i] as PointKm, seeds[j] as PointKm)] : [],
      ),
    );
  const hospitalBourg = kinds
    .flatMap((k, i) => (k === 'bourg' ? [i] : []))
    .sort((a, b) => remoteness(b) - remoteness(a) || a - b)[0] as number;
  const seaside = coastal
    .flatMap((c, i) => (c && i !== 0 && i !== largestTown && i !== hospitalBourg ? [i] : []))
    .sort((a, b) => (population[b] ?? 0) - (population[a] ?? 0) || a - b)[0] as number;
  const fixed = new Map<number, string>([
    [0, MAIN_TOWN_NAME],
    [largestTown, FIXED_NAMES[0] as string],
    [hospitalBourg, FIXED_NAMES[1] as string],
    [seaside, COASTAL_TOWN_NAME],
  ]);
  const names = buildCommuneNames(createRng(seed, 'names'), coastal, fixed);
  const codes = assignCodes(names, createRng(seed, 'codes').chance);
  const { postalCodes, communeCodes } = buildPostalCodes(
    createRng(seed, 'postal'),
    neighbours,
    seeds,
    kinds,
    population,
  );
  const epcis = buildEpcis(neighbours, seeds, kinds, names);
  const epciOf = new Map<number, Epci>();
  for (const e of epcis) for (const i of e.communes) epciOf.set(i, e);
  const communes: DemoCommune[] = kinds.map((kind, i) => ({
    code: codes[i] as string,
    name: names[i] as string,
    kind,
    coastal: coastal[i] as boolean,
    seed: seeds[i] as PointKm,
    ring: tessellation.rings[i] as DemoCommune['ring'],
    neighbours: neighbours[i] as number[],
    population: pops[i] as CommunePopulation,
    postalCodes: communeCodes[i] as string[],
    epci: epciOf.get(i) as Epci,
  }));
  const info = { kinds, seeds, names, populations: population };
  const establishments = buildEstablishments(
    createRng(seed, 'establishments'),
    info,
    hospitalBourg,
  );
  const ids = new Set<string>();
  const idRng = createRng(seed, 'rpps-ids');
  const newId = (): string => {
    let id = `19960${String(idRng.int(0, 999999)).padStart(6, '0')}`;
    while (ids.has(id)) id = `19960${String(idRng.int(0, 999999)).padStart(6, '0')}`;
    ids.add(id);
    return id;
  };
  const placement = { seeds, populations: population, establishments };
  const professionals = [
    ...buildProfessionals(createRng(seed, 'professionals'), placement, newId),
    ...buildPharmacists(createRng(seed, 'pharmacists'), placement, newId),
  ];
  const pmsiZones = buildPmsiZones(postalCodes);
  const stays = buildStays(createRng(seed, 'stays'), pmsiZones, establishments);
  const cpts = buildCpts(createRng(seed, 'cpts'), neighbours, seeds, kinds, names);
  return {
    seed,
    communes,
    postalCodes,
    pmsiZones,
    epcis,
    establishments,
    professionals,
    stays,
    cpts,
  };
}

/** INSEE-like codes `96001`… in alphabetical order of names, with a few gaps (merged communes). */
function assignCodes(names: readonly string[], chance: (p: number) => boolean): string[] {
  const order = names
    .map((name, i) => ({ i, key: nameKey(name) }))
    .sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : a.i - b.i));
  const codes = new Array<string>(names.length).fill('');
  let next = 1;
  for (const { i } of order) {
    codes[i] = `96${String(next).padStart(3, '0')}`;
    next += chance(0.1) ? 2 : 1;
  }
  if (next > 999) throw new Error('demo: too many communes for 96xxx codes');
  return codes;
}
