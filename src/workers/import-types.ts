/**
 * Types of the import API shared by its steps (savoir-faire files, streaming, direct import):
 * written here, not in `import-api.ts`, so a step never imports the API that imports it.
 */
import type { FlatGeometries } from '../core/geo/flat-geometries';
import type { Commune, Dataset, ZoneKind } from '../core/types';
import type { FileKind, PmsiColumnMapping, Separator } from '../io';

/** A user's file: its name and its content as a Blob (a browser `File`; no copy to the main heap). */
export interface ImportFile {
  name: string;
  blob: Blob;
}

/** Choices the user made in the import panel (each overrides a detection). */
export interface ImportOptions {
  kind?: FileKind;
  separator?: Separator;
  pmsiMapping?: PmsiColumnMapping;
  /** Header chosen for a field of a tabular file (keys of `ImportPreview.mapping`). */
  columns?: Record<string, string>;
  communeCodeField?: string;
  /** How the PMSI residence zones are read (else detected: `detectZoneKind`). */
  zoneKind?: ZoneKind;
  /** Census year of a population file whose data does not say it (populations légales). */
  year?: number;
}

/** Records of one chunk of a streamed file, or of a whole file. */
export interface ImportChunk {
  fileIndex: number;
  kind: keyof Dataset;
  rows: Dataset[keyof Dataset];
  rowsDone: number;
  bytesDone: number;
  bytesTotal: number;
}

/** A commune record without its polygon (which travels flat beside it: `ContourChunk`). */
export type CommuneAttributes = Omit<Commune, 'geometry'>;

/**
 * The communes of a chunk as `importFilesFlat` hands them over to the app: the records without
 * their polygons, and the polygons flat, in the order of `rows`, twice (one set for the main
 * thread, one for the tiler), both transferred, so that no nested GeoJSON of all communes crosses
 * to the main thread nor is copied there.
 */
export interface ContourChunk extends Omit<ImportChunk, 'kind' | 'rows'> {
  kind: 'communes';
  rows: CommuneAttributes[];
  geometries: FlatGeometries;
  /** A copy of `geometries` for the tiler worker (transferred on, not copied again). */
  tilerGeometries: FlatGeometries;
}

/** What `importFilesFlat` hands over: contour chunks flat, every other chunk as `importFiles`. */
export type AppImportChunk = ImportChunk | ContourChunk;
