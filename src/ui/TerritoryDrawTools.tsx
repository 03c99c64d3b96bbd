/** Polygon and lasso selection buttons of the territory workbench, with the add/remove toggle. */
import type { useTerritoryWorkbench } from '../app/territory-workbench';

type Draw = ReturnType<typeof useTerritoryWorkbench>['draw'];

export function TerritoryDrawTools({ draw, disabled }: { draw: Draw; disabled: boolean }) {
  return (
    <div className="territory-draw">
      <div className="territory-row">
        <label title="Les communes entourées sont retirées du territoire au lieu d’y être ajoutées">
          <input
            type="checkbox"
            data-testid="territory-draw-remove"
            checked={draw.removeMode}
            onChange={(e) => draw.setRemoveMode(e.target.checked)}
          />{' '}
          Retirer les communes entourées
        </label>
      </div>
      <div className="territory-row">
        {draw.mode === null && (
          <>
            <button
              type="button"
              data-testid="territory-polygon"
              disabled={disabled}
              onClick={draw.startPolygon}
            >
              Sélection par polygone
            </button>
            <button
              type="button"
              data-testid="territory-lasso"
              disabled={disabled}
              onClick={draw.startLasso}
            >
              Lasso
            </button>
          </>
        )}
        {draw.mode === 'polygon' && (
          <>
            <span>{draw.draftPoints} sommet(s) : cliquez sur la carte</span>
            <button type="button" data-testid="territory-polygon-done" onClick={draw.finishPolygon}>
              Terminer
            </button>
            <button type="button" onClick={draw.stop}>
              Abandonner
            </button>
          </>
        )}
        {draw.mode === 'lasso' && (
          <>
            <span data-testid="territory-lasso-help">
              Glissez sur la carte pour entourer des communes (Maj ou Alt : retirer) ; la carte ne
              se déplace pas pendant le lasso.
            </span>
            <button type="button" data-testid="territory-lasso-done" onClick={draw.stop}>
              Terminer le lasso
            </button>
          </>
        )}
      </div>
    </div>
  );
}
