/**
 * FINESS establishments given as GeoJSON points (exports of the FINESS directory, e.g. the
 * `hopitaux-gisco-2020` extract: properties `finess`, `nom`, `categorie`…) -> `Establishment[]`.
 */
import type { Establishment, ParseResult } from '../core/types';
import { readCommuneCode, readFiness } from './codes';
import { findColumn } from './csv-table';
import { readFeatures } from './geojson-input';
import { IssueLog, quote } from './issues';
import { FINESS_COLUMN_ALIASES } from './parse-finess';
import { toWgs84 } from './projections';

const ALIASES = {
  finessEt: FINESS_COLUMN_ALIASES.finessEt,
  finessEj: FINESS_COLUMN_ALIASES.finessEj,
  name: ['rslongue', 'rs', 'nom', 'raison_sociale', 'name', 'hospital_name'],
  commune: ['cog', 'code_commune', 'code_insee', 'insee_com', 'codgeo', 'depcom'],
  categoryCode: FINESS_COLUMN_ALIASES.categoryCode,
  categoryLabel: [
    'libcategetab',
    'liblongcategetab',
    'categorie',
    'libelle_categorie',
    'facility_type',
  ],
} as const;

/**
 * Parses GeoJSON points of establishments; the FINESS property is required, the others optional.
 * WGS84 points are kept; Lambert 93 points (metres) are converted with a warning.
 *
 * @example
 * parseFinessGeoJson('{"type":"FeatureCollection","features":[{"type":"Feature","properties":{"finess":"500000013","nom":"CH"},"geometry":{"type":"Point","coordinates":[-1.6,49.6]}}]}', { file: 'h.geojson' }).rows[0].lat;
 * // 49.6
 */
export function parseFinessGeoJson(
  input: unknown,
  options: { file: string },
): ParseResult<Establishment> & { rowCount: number } {
  const log = new IssueLog(options.file);
  const features = readFeatures(input, log) ?? [];
  const keys = [...new Set(features.slice(0, 500).flatMap((f) => Object.keys(f.properties)))];
  const key = (aliases: readonly string[]) => findColumn(keys, aliases)?.name;
  const k = {
    finessEt: key(ALIASES.finessEt),
    finessEj: key(ALIASES.finessEj),
    name: key(ALIASES.name),
    commune: key(ALIASES.commune),
    categoryCode: key(ALIASES.categoryCode),
    categoryLabel: key(ALIASES.categoryLabel),
  };
  const done = (rows: Establishment[]) => ({
    rows,
    issues: log.finish(),
    rowCount: features.length,
  });
  if (features.length > 0 && k.finessEt === undefined) {
    log.add(
      'error',
      'missing-column',
      `aucune propriété de n° FINESS (${ALIASES.finessEt.join(', ')}) ; propriétés : ${keys.join(', ')}.`,
      undefined,
      'nofinesset',
    );
    return done([]);
  }
  const rows: Establishment[] = [];
  let repaired = 0;
  let converted = 0;
  let noCommune = 0;
  features.forEach((f, i) => {
    const p = f.properties;
    const str = (name: string | undefined): string =>
      name === undefined || p[name] == null ? '' : String(p[name]).trim();
    const et = readFiness(str(k.finessEt));
    if (et.code === null) {
      log.add(
        'error',
        'invalid-finess',
        `n° FINESS ${quote(str(k.finessEt))} invalide (9 caractères attendus) ; entité ignorée.`,
        { feature: i + 1 },
        k.finessEt,
      );
      return;
    }
    const ej = readFiness(str(k.finessEj));
    if (et.repaired || ej.repaired) repaired++;
    const commune = readCommuneCode(k.commune === undefined ? undefined : p[k.commune]).code ?? '';
    if (commune === '') noCommune++;
    let lon: number | null = null;
    let lat: number | null = null;
    const g = f.geometry as { type?: unknown; coordinates?: unknown } | null;
    const c =
      g?.type === 'Point' && Array.isArray(g.coordinates) ? (g.coordinates as unknown[]) : null;
    const [x, y] = c ?? [];
    if (
      typeof x === 'number' &&
      typeof y === 'number' &&
      Number.isFinite(x) &&
      Number.isFinite(y)
    ) {
      if (Math.abs(x) <= 180 && Math.abs(y) <= 90) [lon, lat] = [x, y];
      else if (x > 0 && x < 1_300_000 && y > 6_000_000 && y < 7_200_000) {
        [lon, lat] = toWgs84(x, y, 'EPSG:2154');
        converted++;
      } else {
        log.add(
          'warning',
          'invalid-coordinates',
          `coordonnées (${x}, ${y}) hors bornes WGS84 : ignorées.`,
          { feature: i + 1, label: et.code },
        );
      }
    } else {
      log.add('warning', 'invalid-geometry', 'géométrie Point attendue : coordonnées ignorées.', {
        feature: i + 1,
        label: et.code,
      });
    }
    rows.push({
      finessEt: et.code,
      finessEj: ej.code ?? '',
      name: str(k.name),
      communeCode: commune,
      categoryCode: str(k.categoryCode),
      categoryLabel: str(k.categoryLabel),
      lon,
      lat,
    });
  });
  if (repaired > 0)
    log.add(
      'warning',
      'repaired-finess',
      `${repaired} n° FINESS à 8 chiffres complété(s) par un zéro initial.`,
    );
  if (converted > 0)
    log.add(
      'warning',
      'projected-coordinates',
      `${converted} point(s) en Lambert 93 (mètres) convertis en WGS84 ; un GeoJSON devrait être en WGS84.`,
    );
  if (noCommune > 0) {
    log.add(
      'info',
      'missing-commune',
      `${noCommune} établissement(s) sans code commune INSEE : leur commune sera déduite de leur position.`,
    );
  }
  return done(rows);
}
