import type { LayerVisibility } from '../app/use-commune-map';

export interface LayerTogglesProps {
  layers: LayerVisibility;
  perimeters: { name: string; colour: string; communeCount: number }[];
  /** A perimeters file is loaded (its CPTS may still have no commune among the contours). */
  perimetersLoaded: boolean;
  /** Number of establishments with a position, null when no FINESS file is loaded. */
  establishmentCount: number | null;
  /**
   * The data the page opens with are still on their way: nothing is known about the layers yet
   * (« Non chargé » would send the user to load a file that is arriving).
   */
  starting?: boolean;
  onChange: (layers: LayerVisibility) => void;
}

/**
 * Check boxes for the CPTS outlines and the establishments; their keys (colours, families, counts)
 * are in the legend over the map, which lists only the layers shown.
 */
export function LayerToggles({
  layers,
  perimeters,
  perimetersLoaded,
  establishmentCount,
  starting = false,
  onChange,
}: LayerTogglesProps) {
  const loading = (testid: string) => (
    <p className="key" data-testid={testid}>
      Chargement en cours…
    </p>
  );
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
      {starting && loading('perimeters-loading')}
      {!starting && perimeters.length === 0 && !perimetersLoaded && (
        <p className="key" data-testid="perimeters-not-loaded">
          Non chargé — chargez les périmètres de CPTS (onglet Importer).
        </p>
      )}
      {!starting && perimeters.length === 0 && perimetersLoaded && (
        <p className="key" data-testid="perimeters-off-contours">
          Chargés, mais aucune de leurs communes n’est dans les contours chargés : rien à dessiner.
          Vérifiez que les codes INSEE des périmètres sont ceux des contours (même COG).
        </p>
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
      {starting && loading('establishments-loading')}
      {!starting && establishmentCount === null && (
        <p className="key" data-testid="establishments-not-loaded">
          Non chargé — chargez le fichier FINESS (onglet Importer).
        </p>
      )}
      {!starting && establishmentCount === 0 && (
        <p className="key" data-testid="establishments-unplaced">
          Chargé, mais aucun établissement n’a de coordonnées : rien à placer sur la carte (voir «
          Fichiers chargés »).
        </p>
      )}
    </section>
  );
}
