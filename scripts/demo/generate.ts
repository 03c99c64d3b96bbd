/**
 * Turn the demo model into the files of `data/demo/`, each in the format users bring, plus the
 * manifest. Pure: returns bytes, writes nothing (the entry script writes them).
 */
import type { DataKind } from '../../src/core/types';
import { buildDemoModel, type DemoModel } from './model';
import { routingLabel } from './names';
import {
  ageTable,
  communesByCode,
  cptsTable,
  pmsiZonesTable,
  populationTable,
  staysTable,
  type Table,
} from './tables';
import { toFinessFile } from './write-finess';
import { toRppsText } from './write-rpps';
import { toCommunesGeoJson, toDelimited, toManifestJson, type ManifestFile } from './writers';

/** Seed of the committed demo. */
export const DEFAULT_SEED = 2026;
/** Version of the generator, written in the manifest; bump it when the output changes on purpose. */
export const GENERATOR_VERSION = '1.0.0';
/** Name of the fictitious département. */
export const DEPARTEMENT_NAME = 'Littoral-Imaginaire';
const DEP_LABEL = `${DEPARTEMENT_NAME} (fictif)`;
const FICTIF = 'données fictives';

/** One generated file. */
export interface GeneratedFile extends Omit<ManifestFile, 'bytes' | 'kind'> {
  kind: DataKind | 'manifest';
  content: Uint8Array;
}

/** French description of each file, written in the manifest. */
const DESCRIPTIONS: Record<DataKind | 'ages', string> = {
  communes: `Contours des communes (WGS84, RFC 7946), frontières partagées exactement ; propriétés code, nom, dep, epci, epci_nom, codes_postaux (${FICTIF}).`,
  population: `Populations légales 2021 au format INSEE : population municipale, comptée à part et totale ; code = DEP + CODCOM (${FICTIF}).`,
  ages: `Structure par âge 2021 au format INSEE base-cc-evol-struct-pop ; les tranches somment à P21_POP (${FICTIF}).`,
  professionals: `Annuaire Santé au format RPPS « Personne activité » : une ligne par activité ; identifiants 8 + 11 chiffres inventés (${FICTIF}).`,
  establishments: `Établissements FINESS, une ligne par établissement, en Windows-1252 ; coordonnées Lambert 93 (coordx, coordy) (${FICTIF}).`,
  stays: `Séjours MCO 2023 par code géographique PMSI et FINESS (modèle de Huff) ; EJ pour les hôpitaux publics, ET pour les cliniques ; cases de 1 à 10 séjours masquées « 1 à 10 » (${FICTIF}).`,
  'pmsi-zones': `Correspondance code géographique PMSI ↔ code postal (règle ATIH : au moins 1 000 habitants, sinon regroupement 96Cnn) ; libellé = bureau distributeur (${FICTIF}).`,
  perimeters: `Périmètres de 3 CPTS au format des tableurs ARS, une ligne par commune et CPTS ; deux CPTS se chevauchent, une zone blanche reste (${FICTIF}).`,
};

const utf8 = (text: string): Uint8Array => new Uint8Array(Buffer.from(text, 'utf8'));

/** A `;`-separated UTF-8 file from a table. */
function csvFile(path: string, kind: DataKind, description: string, table: Table): GeneratedFile {
  const content = utf8(toDelimited(table.header, table.rows, ';'));
  return {
    path,
    kind,
    encoding: 'utf-8',
    separator: ';',
    description,
    rows: table.rows.length,
    content,
  };
}

/**
 * Generate every file of the demo (manifest last) from a seed.
 * @example generateDemo().files.map((f) => f.path)
 */
export function generateDemo(seed: number = DEFAULT_SEED): {
  model: DemoModel;
  files: GeneratedFile[];
} {
  const model = buildDemoModel(seed);
  const communes = model.communes.map((c) => ({ ...c, routing: routingLabel(c.name) }));
  const geojson = toCommunesGeoJson(
    `Communes du département ${DEPARTEMENT_NAME} (96) — ${FICTIF}`,
    communesByCode(model).map((c) => ({ ...c, epci: c.epci.siren, epciName: c.epci.name })),
  );
  const rpps = toRppsText(model.professionals, communes, DEP_LABEL);
  const regionLabel = 'Région Fictive (fictif)';
  const finess = toFinessFile(model.establishments, communes, {
    region: '96',
    regionLabel,
    depLabel: DEP_LABEL,
  });
  const files: GeneratedFile[] = [
    {
      path: 'communes-96-fictif.geojson',
      kind: 'communes',
      encoding: 'utf-8',
      separator: null,
      description: DESCRIPTIONS.communes,
      rows: model.communes.length,
      content: utf8(geojson),
    },
    {
      ...csvFile(
        'populations-legales-2021-96-fictif.csv',
        'population',
        DESCRIPTIONS.population,
        populationTable(model),
      ),
      populationYear: 2021,
    },
    csvFile(
      'base-cc-evol-struct-pop-2021-96-fictif.csv',
      'population',
      DESCRIPTIONS.ages,
      ageTable(model),
    ),
    {
      path: 'PS_LibreAcces_Personne_activite_fictif.txt',
      kind: 'professionals',
      encoding: 'utf-8',
      separator: '|',
      description: DESCRIPTIONS.professionals,
      rows: rpps.rows,
      content: utf8(rpps.text),
    },
    {
      path: 'finess-etablissements-96-fictif.csv',
      kind: 'establishments',
      encoding: 'windows-1252',
      separator: ';',
      description: DESCRIPTIONS.establishments,
      rows: finess.rows,
      content: finess.bytes,
    },
    csvFile('pmsi-sejours-2023-96-fictif.csv', 'stays', DESCRIPTIONS.stays, staysTable(model)),
    csvFile(
      'pmsi-codes-geo-96-fictif.csv',
      'pmsi-zones',
      DESCRIPTIONS['pmsi-zones'],
      pmsiZonesTable(model),
    ),
    csvFile(
      'cpts-perimetres-96-fictif.csv',
      'perimeters',
      DESCRIPTIONS.perimeters,
      cptsTable(model),
    ),
  ];
  const manifest = toManifestJson({
    title: `Périmètre — département ${DEPARTEMENT_NAME} (96), jeu de démonstration (${FICTIF})`,
    fictitious: true,
    description: `Jeu de démonstration entièrement inventé (${FICTIF}) : un département qui n'existe pas, placé en mer dans le golfe de Gascogne. Ne pas utiliser comme donnée réelle.`,
    seed,
    generator: 'scripts/generate-demo.ts',
    generatorVersion: GENERATOR_VERSION,
    departement: { code: '96', name: DEP_LABEL },
    files: files.map(({ content, ...entry }) => ({
      ...entry,
      kind: entry.kind,
      bytes: content.length,
    })),
  });
  files.push({
    path: 'manifest.json',
    kind: 'manifest',
    encoding: 'utf-8',
    separator: null,
    description: 'Manifeste du jeu de démonstration',
    rows: files.length,
    content: utf8(manifest),
  });
  return { model, files };
}
