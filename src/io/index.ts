/** Public API of the io layer: file bytes/text -> typed records + DataIssue[] (pure, Node and browser). */
export {
  LARGE_FILE_BYTES,
  parseDataFile,
  type ParseDataFileOptions,
  type ParsedDataFile,
} from './parse-data-file';
export {
  decodeText,
  decodeTextChunks,
  type DecodedChunks,
  type DecodedText,
  type TextEncoding,
} from './decode-text';
export { scanPlainLines, type PlainScan } from './plain-lines';
export { detectSeparator, SEPARATORS, type Separator } from './detect-separator';
export { detectKind, type FileKind, type KindDetection } from './detect-kind';
export {
  findColumn,
  fitRow,
  normalizeHeader,
  readHeader,
  parseCsvTable,
  type ColumnRef,
  type CsvTable,
  type CsvTableOptions,
} from './csv-table';
export { IssueLog, MaskedTally, missingColumnIssue, quote, where } from './issues';
export { isMaskedValue, parseNumberCell, type NumberCell } from './parse-number';
export {
  communeCodeFromParts,
  COMMUNE_CODE_RE,
  depFromCommuneCode,
  FINESS_RE,
  readCommuneCode,
  readFiness,
  readPostalCode,
  type CodeRead,
} from './codes';
export {
  COMMUNE_PROPERTY_ALIASES,
  parseCommunes,
  type CommuneFields,
  type CommunesOptions,
  type CommunesResult,
} from './parse-communes';
export { checkPolygonGeometry, type GeometryCheck } from './geometry-check';
export { yearFromFileName } from './file-name-year';
export {
  parsePopulation,
  POPULATION_COLUMN_ALIASES,
  type PopulationOptions,
  type PopulationResult,
} from './parse-population';
export {
  ANNUAIRE_COLUMNS,
  applySavoirFaire,
  indexSavoirFaire,
  isGeneralPractitioner,
  parseAnnuaireSante,
  parseAnnuaireSanteChunks,
  parseSavoirFaire,
  type AnnuaireOptions,
  type SavoirFaireIndex,
  type SavoirFaireRow,
} from './parse-annuaire-sante';
export {
  FINESS_COLUMN_ALIASES,
  GEOLOCALISATION_FIELDS,
  isOfficialFinessExtraction,
  parseFiness,
  STRUCTUREET_FIELDS,
  type FinessOptions,
  type FinessResult,
} from './parse-finess';
export { parseFinessGeoJson } from './parse-finess-geojson';
export { parseFinessOfficial } from './parse-finess-official';
export {
  crsForDepartement,
  crsFromFinessSource,
  PROJ_DEFINITIONS,
  toWgs84,
  type ProjectedCrs,
} from './projections';
export {
  parsePmsiStays,
  PMSI_COLUMN_ALIASES,
  type PmsiColumnMapping,
  type PmsiStaysOptions,
  type PmsiStaysResult,
} from './parse-pmsi-stays';
export {
  parsePmsiZones,
  PMSI_ZONE_COLUMN_ALIASES,
  type PmsiZonesOptions,
} from './parse-pmsi-zones';
export {
  parsePerimeters,
  PERIMETER_COLUMN_ALIASES,
  type PerimetersOptions,
} from './parse-perimeters';
export {
  parsePerimeterPolygons,
  type PerimeterPolygon,
  type PerimeterPolygonsResult,
} from './parse-perimeter-polygons';
export { isAplHeader, parseApl, type AplOptions, type AplResult } from './parse-apl';
export {
  parseTravelTimes,
  TRAVEL_TIME_COLUMN_ALIASES,
  type TravelTimesOptions,
  type TravelTimesResult,
} from './parse-travel-times';
export {
  ACTIVITY_COLUMN_ALIASES,
  hasActivityColumns,
  parseProfessionalActivity,
  type ProfessionalActivityOptions,
  type ProfessionalActivityResult,
} from './parse-professional-activity';
