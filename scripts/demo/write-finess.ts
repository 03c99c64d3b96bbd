/**
 * FINESS one-line-per-establishment file (reworked etalab variant with a header and Lambert 93
 * `coordx;coordy`), `;`-separated, encoded in Windows-1252 like the official extractions.
 */
import iconv from 'iconv-lite';
import proj4 from 'proj4';
import type { DemoEstablishment } from './establishments';
import { toLonLat } from './geometry';

/** Header: the second variant of `finess-etalab-headers.txt` (with coordx;coordy). */
export const FINESS_HEADER =
  'nofinesset;nofinessej;rs;rslongue;complrs;compldistrib;numvoie;typvoie;voie;compvoie;lieuditbp;region;libregion;departement;libdepartement;cog;codepostal;libelle_routage;ligneacheminement;telephone;telecopie;categetab;libcategetab;liblongcategetab;categretab;libcategretab;siret;codeape;libcodeape;mft;libmft;liblongmft;sph;libsph;numen;coordx;coordy;sourcegeocod;dategeocod;dateautor;dateouvert;datemaj';

/** Lambert 93 (EPSG:2154), defined explicitly so no projection database is needed. */
export const LAMBERT_93 =
  '+proj=lcc +lat_0=46.5 +lon_0=3 +lat_1=49 +lat_2=44 +x_0=700000 +y_0=6600000 +ellps=GRS80 +towgs84=0,0,0,0,0,0,0 +units=m +no_defs +type=crs';
const WGS84 = '+proj=longlat +datum=WGS84 +no_defs +type=crs';

/**
 * Convert WGS84 lon/lat (degrees) to Lambert 93 x/y (metres).
 * @example toLambert93(-3.9, 45.8) // ≈ [160 000, 6 530 000]
 */
export function toLambert93(lon: number, lat: number): [number, number] {
  const [x, y] = proj4(WGS84, LAMBERT_93, [lon, lat]) as [number, number];
  return [x, y];
}

/** What the writer needs to know about communes. */
export interface FinessCommuneInfo {
  code: string;
  postalCodes: readonly string[];
  routing: string;
}

/** Département and région labels written in every row. */
export interface FinessLabels {
  region: string;
  regionLabel: string;
  depLabel: string;
}

/**
 * Write the FINESS file: header then one line per establishment; returns the text and its
 * Windows-1252 bytes (throws if a character has no Windows-1252 code).
 * @example toFinessFile(establishments, communes, labels).bytes.includes(0xe9) // 'é'
 */
export function toFinessFile(
  establishments: readonly DemoEstablishment[],
  communes: readonly FinessCommuneInfo[],
  labels: FinessLabels,
): { text: string; bytes: Uint8Array; rows: number } {
  const lines = [FINESS_HEADER];
  for (const e of establishments) {
    const commune = communes[e.commune] as FinessCommuneInfo;
    const postalCode = commune.postalCodes[0] ?? '';
    const [lon, lat] = toLonLat(e.position);
    const [x, y] = toLambert93(lon, lat);
    // prettier-ignore
    const values = [
      e.finessEt, e.finessEj, e.shortName, e.longName, '', '',
      e.street.number, e.street.type, e.street.name, '', '',
      labels.region, labels.regionLabel, '96', labels.depLabel, commune.code, postalCode,
      commune.routing, `${postalCode} ${commune.routing}`, '', '',
      e.categoryCode, e.categoryLabel, e.categoryLongLabel, '', '', '',
      e.apeCode, e.apeLabel, '', '', '', '', '', '',
      x.toFixed(1), y.toFixed(1), '1,FICTIF,100,DEMO,DONNEES_FICTIVES,V1,L93_METROPOLE', '2024-01-15',
      e.openedOn, e.openedOn, '2024-06-30',
    ];
    if (values.length !== 42) throw new Error(`finess: ${values.length} columns instead of 42`);
    if (values.some((v) => v.includes(';') || v.includes('"') || v.includes('\n')))
      throw new Error('finess: a value contains a separator or a quote');
    lines.push(values.join(';'));
  }
  const text = `${lines.join('\n')}\n`;
  const bytes = new Uint8Array(iconv.encode(text, 'windows-1252'));
  if (iconv.decode(Buffer.from(bytes), 'windows-1252') !== text)
    throw new Error('finess: the text cannot be encoded in Windows-1252');
  return { text, bytes, rows: lines.length - 1 };
}
