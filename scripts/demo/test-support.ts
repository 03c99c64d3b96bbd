/**
 * Helpers for the demo tests: generate the demo once per test file and read the generated files
 * back with minimal, independent parsing (not the app's parsers in src/io).
 */
import type { FeatureCollection, Polygon, Position } from 'geojson';
import { generateDemo, type GeneratedFile } from './generate';

let cache: GeneratedFile[] | null = null;

/**
 * The generated files (memoised: the generator is deterministic).
 * @example demoFiles().length // 9
 */
export function demoFiles(): GeneratedFile[] {
  cache ??= generateDemo().files;
  return cache;
}

/**
 * Bytes of one generated file, by path.
 * @example fileBytes('manifest.json').length > 0
 */
export function fileBytes(path: string): Uint8Array {
  const file = demoFiles().find((f) => f.path === path);
  if (!file) throw new Error(`no generated file ${path}`);
  return file.content;
}

/**
 * UTF-8 text of one generated file (strict: throws on invalid UTF-8).
 * @example fileText('manifest.json').startsWith('{')
 */
export function fileText(path: string): string {
  return new TextDecoder('utf-8', { fatal: true }).decode(fileBytes(path));
}

/**
 * Split a `sep`-separated text (no quoting) into header and rows of records keyed by column.
 * @example readDelimited('a;b\n1;2\n', ';').rows[0].a // '1'
 */
export function readDelimited(
  text: string,
  sep: string,
): { header: string[]; rows: Record<string, string>[] } {
  const lines = text.split('\n');
  if (lines[lines.length - 1] === '') lines.pop();
  const header = (lines[0] ?? '').split(sep);
  const rows = lines.slice(1).map((line) => {
    const values = line.split(sep);
    if (values.length !== header.length) throw new Error(`bad column count in: ${line}`);
    return Object.fromEntries(header.map((h, i) => [h, values[i] ?? '']));
  });
  return { header, rows };
}

/** Properties of a commune feature of the demo GeoJSON. */
export interface CommuneProps {
  code: string;
  nom: string;
  dep: string;
  epci: string;
  epci_nom: string;
  codes_postaux: string;
}

/**
 * The communes GeoJSON, parsed.
 * @example communesGeoJson().features.length // 352
 */
export function communesGeoJson(): FeatureCollection<Polygon, CommuneProps> & { name: string } {
  return JSON.parse(fileText('communes-96-fictif.geojson')) as FeatureCollection<
    Polygon,
    CommuneProps
  > & {
    name: string;
  };
}

/**
 * Undirected edges of all rings keyed by their two vertices, with the features using each edge.
 * @example edgeMap(communesGeoJson()).size
 */
export function edgeMap(fc: FeatureCollection<Polygon, CommuneProps>): Map<string, string[]> {
  const key = (p: Position): string => `${p[0]},${p[1]}`;
  const edges = new Map<string, string[]>();
  for (const f of fc.features) {
    const ring = f.geometry.coordinates[0] ?? [];
    for (let k = 0; k + 1 < ring.length; k += 1) {
      const a = key(ring[k] as Position);
      const b = key(ring[k + 1] as Position);
      const e = a < b ? `${a}|${b}` : `${b}|${a}`;
      edges.set(e, [...(edges.get(e) ?? []), f.properties.code]);
    }
  }
  return edges;
}

/**
 * Commune adjacency (sharing an edge) from the GeoJSON, by code.
 * @example adjacency(communesGeoJson()).get('96001')
 */
export function adjacency(fc: FeatureCollection<Polygon, CommuneProps>): Map<string, Set<string>> {
  const adj = new Map<string, Set<string>>(
    fc.features.map((f) => [f.properties.code, new Set<string>()]),
  );
  for (const users of edgeMap(fc).values()) {
    const [a, b] = users;
    if (a !== undefined && b !== undefined) {
      adj.get(a)?.add(b);
      adj.get(b)?.add(a);
    }
  }
  return adj;
}

/**
 * Whether a set of commune codes is one connected piece of the adjacency graph.
 * @example isContiguous(adj, ['96001'])
 */
export function isContiguous(
  adj: ReadonlyMap<string, ReadonlySet<string>>,
  codes: Iterable<string>,
): boolean {
  const set = new Set(codes);
  const first = [...set][0];
  if (first === undefined) return true;
  const seen = new Set([first]);
  const stack = [first];
  while (stack.length > 0) {
    for (const n of adj.get(stack.pop() as string) ?? []) {
      if (set.has(n) && !seen.has(n)) {
        seen.add(n);
        stack.push(n);
      }
    }
  }
  return seen.size === set.size;
}

/**
 * Population municipale by commune code, from the populations légales file.
 * @example populationByCode().get('96001')
 */
export function populationByCode(): Map<string, number> {
  const { rows } = readDelimited(fileText('populations-legales-2021-96-fictif.csv'), ';');
  return new Map(rows.map((r) => [`${r.DEP}${r.CODCOM}`, Number(r.PMUN)]));
}
