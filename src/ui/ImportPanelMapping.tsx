/**
 * The column mapping of one previewed tabular file (population, Annuaire Santé, FINESS with a
 * header, CPTS list, PMSI): for each field, the column the parser used; the user may pick another
 * column of the file, then the file is previewed again with that choice (`ImportOptions.columns`).
 */
import type { ImportOptions, ImportPreview } from '../app/import-data';
import { ZONE_KIND_LABELS, type ZoneKind } from '../core/flows/zone-kind';

const LABELS: Record<string, Record<string, string>> = {
  population: {
    code: 'Code commune INSEE',
    dep: 'Département (DEP)',
    commune: 'Numéro de commune (CODCOM)',
    population: 'Population',
    year: 'Année',
  },
  professionals: {
    personId: 'Identifiant national (RPPS/Adeli)',
    professionCode: 'Code profession',
    professionLabel: 'Libellé profession',
    specialtyTypeCode: 'Type de savoir-faire',
    specialtyCode: 'Code savoir-faire',
    specialtyLabel: 'Libellé savoir-faire',
    modeCode: 'Mode d’exercice',
    communeCode: 'Code commune du lieu d’exercice',
    postalCode: 'Code postal du lieu d’exercice',
    finessSite: 'FINESS du site',
    sectorCode: 'Secteur d’activité',
  },
  establishments: {
    finessEt: 'FINESS géographique (ET)',
    finessEj: 'FINESS juridique (EJ)',
    name: 'Raison sociale',
    shortName: 'Raison sociale courte',
    cog: 'Code commune (COG)',
    commune: 'Numéro de commune (3 chiffres)',
    departement: 'Département',
    categoryCode: 'Code catégorie',
    categoryLabel: 'Libellé catégorie',
    x: 'Coordonnée X (Lambert 93 / UTM)',
    y: 'Coordonnée Y (Lambert 93 / UTM)',
    source: 'Source des coordonnées',
    lon: 'Longitude',
    lat: 'Latitude',
  },
  stays: {
    zone: 'Code géographique',
    finess: 'FINESS',
    stays: 'Nombre de séjours',
    year: 'Année',
    field: 'Champ',
  },
  perimeters: {
    perimeter: 'Nom de la CPTS',
    code: 'Code INSEE',
    dep: 'Département',
    name: 'Libellé commune',
  },
};
LABELS['professional-skills'] = LABELS.professionals ?? {};

/** The mapping selectors of a tabular file; nothing for other kinds (contours have their own). */
export function ImportPanelMapping({
  index,
  preview,
  options,
  onChange,
}: {
  index: number;
  preview: ImportPreview;
  options: ImportOptions;
  onChange: (o: ImportOptions) => void;
}) {
  const labels = LABELS[preview.report.kind ?? ''];
  const mapping = preview.mapping;
  if (!labels || !mapping || preview.columns.length === 0) return null;
  const zone = preview.zoneKind;
  const choose = (field: string, column: string) => {
    const columns = { ...options.columns };
    if (column === '') delete columns[field];
    else columns[field] = column;
    // A PMSI mapping chosen before (older option) must not win over this choice.
    onChange({ ...options, columns, pmsiMapping: undefined });
  };
  return (
    <fieldset className="mapping" data-testid={`import-mapping-${index}`}>
      <legend>Colonnes lues (corrigez si besoin)</legend>
      {Object.keys(mapping)
        .filter((field) => labels[field] !== undefined)
        .map((field) => (
          <label key={field} className="mapping">
            <span>{labels[field]}</span>
            <select
              data-testid={`import-map-${index}-${field}`}
              value={mapping[field] ?? ''}
              onChange={(e) => choose(field, e.target.value)}
            >
              <option value="">{options.columns?.[field] ? '— (automatique)' : '—'}</option>
              {preview.columns.map((c) => (
                <option key={c}>{c}</option>
              ))}
            </select>
          </label>
        ))}
      {preview.report.kind === 'population' && (
        <label className="mapping">
          <span>Millésime (si le fichier ne le dit pas)</span>
          <input
            type="number"
            min={1990}
            max={2100}
            placeholder="ex. 2021"
            data-testid={`import-year-${index}`}
            value={options.year ?? ''}
            onChange={(e) => {
              const year = Number(e.target.value);
              onChange({
                ...options,
                year: e.target.value !== '' && year >= 1990 && year <= 2100 ? year : undefined,
              });
            }}
          />
        </label>
      )}
      {zone && (
        <label className="mapping">
          <span>Les codes géographiques sont des…</span>
          <select
            data-testid={`import-zone-kind-${index}`}
            value={options.zoneKind ?? ''}
            onChange={(e) =>
              onChange({
                ...options,
                zoneKind: e.target.value === '' ? undefined : (e.target.value as ZoneKind),
              })
            }
          >
            <option value="">automatique : {ZONE_KIND_LABELS[zone.kind]}</option>
            {(Object.keys(ZONE_KIND_LABELS) as ZoneKind[]).map((k) => (
              <option key={k} value={k}>
                {ZONE_KIND_LABELS[k]}
              </option>
            ))}
          </select>
          <small data-testid={`import-zone-kind-reason-${index}`}>
            {zone.ambiguous ? 'Ambigu : ' : 'Détecté : '}
            {zone.reason}.
          </small>
        </label>
      )}
    </fieldset>
  );
}
