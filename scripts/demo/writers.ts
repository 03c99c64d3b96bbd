/**
 * Text writers for the demo files that follow the formats users bring (DOMAIN.md section 3):
 * `;`-separated CSV, the communes GeoJSON, and the manifest. All text is built with `\n` line
 * ends and a final newline, with no dependency on the locale or the clock.
 */
import type { Position } from 'geojson';

/**
 * Join rows into `sep`-separated text with a header; rejects values containing the separator,
 * a quote or a newline (the demo never needs quoting).
 * @example toDelimited(['a', 'b'], [['1', '2']], ';') // 'a;b\n1;2\n'
 */
export function toDelimited(
  header: readonly string[],
  rows: readonly (readonly string[])[],
  sep: string,
): string {
  const lines = [header.join(sep)];
  for (const row of rows) {
    if (row.length !== header.length)
      throw new Error(`writer: ${row.length} values for ${header.length} columns`);
    if (row.some((v) => v.includes(sep) || v.includes('"') || v.includes('\n')))
      throw new Error(`writer: a value needs quoting in ${row.join(sep)}`);
    lines.push(row.join(sep));
  }
  return `${lines.join('\n')}\n`;
}

/** One commune feature of the GeoJSON file. */
export interface CommuneFeatureInput {
  code: string;
  name: string;
  epci: string;
  epciName: string;
  postalCodes: readonly string[];
  ring: readonly Position[];
}

/**
 * Write the communes as an RFC 7946 FeatureCollection (etalab-like properties), one feature per
 * line, with a top-level foreign member `name` that says the data are fictitious.
 * @example toCommunesGeoJson('Communes (données fictives)', features).startsWith('{"type"')
 */
export function toCommunesGeoJson(title: string, features: readonly CommuneFeatureInput[]): string {
  const lines = features.map((f) =>
    JSON.stringify({
      type: 'Feature',
      properties: {
        code: f.code,
        nom: f.name,
        dep: '96',
        epci: f.epci,
        epci_nom: f.epciName,
        codes_postaux: f.postalCodes.join(';'),
      },
      geometry: { type: 'Polygon', coordinates: [f.ring] },
    }),
  );
  const head = JSON.stringify({ type: 'FeatureCollection', name: title }).slice(0, -1);
  return `${head},"features":[\n${lines.join(',\n')}\n]}\n`;
}

/** One entry of the manifest's file list. */
export interface ManifestFile {
  path: string;
  kind: string;
  encoding: 'utf-8' | 'windows-1252';
  separator: string | null;
  description: string;
  rows: number;
  bytes: number;
  /**
   * Census year of a population file whose data carries none (INSEE populations légales have no
   * year column): the dataset states it, as a user does in the import panel.
   */
  populationYear?: number;
}

/** Manifest of the demo directory. */
export interface Manifest {
  title: string;
  fictitious: true;
  description: string;
  seed: number;
  generator: string;
  generatorVersion: string;
  departement: { code: string; name: string };
  files: ManifestFile[];
}

/**
 * Write the manifest as indented JSON with a final newline.
 * @example toManifestJson(manifest).endsWith('}\n') // true
 */
export function toManifestJson(manifest: Manifest): string {
  return `${JSON.stringify(manifest, null, 2)}\n`;
}
