import type { LayerVisibility } from '../app/use-commune-map';
import { ESTABLISHMENT_FAMILY_LABELS } from '../core/territory/establishment-family';
import { ESTABLISHMENT_FAMILY_COLOURS } from '../app/map-keys';

export interface LayerTogglesProps {
  layers: LayerVisibility;
  perimeters: { name: string; colour: string; communeCount: number }[];
  /** Number of establishments with a position, null when no FINESS file is loaded. */
  establishmentCount: number | null;
  onChange: (layers: LayerVisibility) => void;
}

/** Check boxes for the CPTS outlines and the establishments, with their keys. */
export function LayerToggles({
  layers,
  perimeters,
  establishmentCount,
  onChange,
}: LayerTogglesProps) {
  return (
    <section className="panel-section" aria-label="Couches">
      <h3>Couches</h3>
      <label className="check">
        <input
          type="checkbox"
          data-testid="toggle-perimeters"
          checked={layers.perimeters}
          onChange={(e) => onChange({ ...layers, perimeters: e.target.checked })}
        />
        Périmètres des CPTS existantes
      </label>
      {perimeters.length === 0 && (
        <p className="key" data-testid="perimeters-not-loaded">
          Non chargé — chargez les périmètres de CPTS (onglet Importer).
        </p>
      )}
      {layers.perimeters && perimeters.length > 0 && (
        <ul className="key">
          {perimeters.map((p) => (
            <li key={p.name}>
              <span className="dash" style={{ borderColor: p.colour }} />
              {p.name} ({p.communeCount} communes)
            </li>
          ))}
        </ul>
      )}
      <label className="check">
        <input
          type="checkbox"
          data-testid="toggle-establishments"
          checked={layers.establishments}
          onChange={(e) => onChange({ ...layers, establishments: e.target.checked })}
        />
        Établissements (FINESS)
      </label>
      {establishmentCount === null && (
        <p className="key" data-testid="establishments-not-loaded">
          Non chargé — chargez le fichier FINESS (onglet Importer).
        </p>
      )}
      {layers.establishments && establishmentCount !== null && (
        <ul className="key">
          {Object.entries(ESTABLISHMENT_FAMILY_LABELS).map(([family, label]) => (
            <li key={family}>
              <span className="dot" style={{ background: ESTABLISHMENT_FAMILY_COLOURS[family] }} />
              {label}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
