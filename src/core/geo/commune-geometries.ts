/**
 * The commune polygons of a loaded dataset as the main thread keeps them: flat typed arrays
 * (`flat-geometries.ts`) and a code index, from which one commune's GeoJSON is rebuilt on demand.
 * Kept as nested GeoJSON arrays, the 34,868 communes of France (357,522 points) hold ≈ 45 MB of
 * JS heap (one array and two numbers per point); flat, 5.7 MB of array buffers outside it.
 */
import type { MultiPolygon, Polygon } from 'geojson';
import type { CodedGeometry } from './dissolve-communes';
import {
  copyFlatGeometries,
  geometryAt,
  pickFlatGeometries,
  toFlatGeometries,
  type FlatGeometries,
} from './flat-geometries';

/** A commune polygon with its code and name (WGS84, lon/lat). */
export type NamedGeometry = CodedGeometry & { name: string };

/**
 * Commune polygons by code, kept only as flat typed arrays (no GeoJSON object per commune stays
 * alive on the main thread); `geometryOf` and `shapes` rebuild GeoJSON geometries on demand.
 */
export class CommuneGeometries {
  private readonly indexByCode: Map<string, number>;

  /**
   * @param flat - polygons of the communes, in the order of `names`.
   * @param names - name of each commune.
   */
  constructor(
    readonly flat: FlatGeometries,
    readonly names: readonly string[],
  ) {
    this.indexByCode = new Map(flat.codes.map((code, i) => [code, i]));
  }

  /**
   * Flattens named polygons, sorted by code (the order of the tiles and of every listing).
   *
   * @example CommuneGeometries.from([{ code: '01001', name: 'L’Abergement', geometry }]).size; // => 1
   */
  static from(shapes: readonly NamedGeometry[]): CommuneGeometries {
    const sorted = [...shapes].sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));
    return new CommuneGeometries(
      toFlatGeometries(sorted),
      sorted.map((s) => s.name),
    );
  }

  /**
   * Commune polygons received flat (the import worker's contour chunks, each with the names of its
   * communes in the same order), sorted by code: a single part already sorted is kept as it is (no
   * copy), otherwise the communes are copied in code order (typed arrays, no GeoJSON).
   *
   * @example CommuneGeometries.fromFlat([{ flat: chunk.geometries, names }]).size;
   */
  static fromFlat(
    parts: readonly { flat: FlatGeometries; names: readonly string[] }[],
  ): CommuneGeometries {
    const [only] = parts;
    if (parts.length === 1 && only && isSorted(only.flat.codes))
      return new CommuneGeometries(only.flat, only.names);
    const picks = parts.flatMap(({ flat }, part) => flat.codes.map((_, i) => [part, i] as const));
    const codeOf = ([part, i]: readonly [number, number]) => parts[part]?.flat.codes[i] ?? '';
    picks.sort((a, b) => (codeOf(a) < codeOf(b) ? -1 : codeOf(a) > codeOf(b) ? 1 : 0));
    return new CommuneGeometries(
      pickFlatGeometries(
        parts.map((p) => p.flat),
        picks,
      ),
      picks.map(([part, i]) => parts[part]?.names[i] ?? ''),
    );
  }

  /** Number of communes. */
  get size(): number {
    return this.flat.codes.length;
  }

  /** Codes of the communes, sorted. */
  get codes(): readonly string[] {
    return this.flat.codes;
  }

  has(code: string): boolean {
    return this.indexByCode.has(code);
  }

  /**
   * The polygon of one commune (a new GeoJSON object), undefined for a code not loaded.
   *
   * @example geometries.geometryOf('01001')?.type; // => 'Polygon'
   */
  geometryOf(code: string): Polygon | MultiPolygon | undefined {
    const i = this.indexByCode.get(code);
    return i === undefined ? undefined : geometryAt(this.flat, i);
  }

  /**
   * `{ code, name, geometry }` of the communes whose code passes `keep` (all by default), built
   * now: send these to a worker, do not keep them.
   */
  shapes(keep: (code: string) => boolean = () => true): NamedGeometry[] {
    const out: NamedGeometry[] = [];
    this.flat.codes.forEach((code, i) => {
      if (keep(code))
        out.push({ code, name: this.names[i] ?? '', geometry: geometryAt(this.flat, i) });
    });
    return out;
  }

  /** A copy of the flat arrays, to transfer to a worker while this store keeps its own. */
  copyFlat(): FlatGeometries {
    return copyFlatGeometries(this.flat);
  }
}

function isSorted(codes: readonly string[]): boolean {
  for (let i = 1; i < codes.length; i++) if ((codes[i - 1] ?? '') > (codes[i] ?? '')) return false;
  return true;
}
