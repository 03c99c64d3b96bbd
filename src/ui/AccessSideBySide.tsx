/**
 * Side-by-side comparison of our access score and the published DREES APL: two synchronised maps
 * (same communes, same camera), each with its own legend and unit.
 */
import { useRef } from 'react';
import { useAppServices } from '../app/app-services';
import { useSideBySideMap } from '../app/use-side-by-side-map';
import { choroplethSection } from '../app/map-keys';
import type { AccessColouring } from '../core/access/access-colouring';
import { MapLegend } from './MapLegend';

/** The legend of one side, over its map's corner (same panel as the main map's). */
function SideLegend({ colouring, testId }: { colouring: AccessColouring; testId: string }) {
  return (
    <MapLegend
      legend={{ sections: [choroplethSection(colouring.legend)] }}
      testId={testId}
      sectionTestIds
    />
  );
}

export function AccessSideBySide({
  ours,
  drees,
  onClose,
}: {
  ours: AccessColouring;
  drees: AccessColouring;
  onClose: () => void;
}) {
  const { data } = useAppServices();
  const root = useRef<HTMLElement>(null);
  const left = useRef<HTMLDivElement>(null);
  const right = useRef<HTMLDivElement>(null);
  useSideBySideMap(left, right, root, data, ours.colourByCode, drees.colourByCode);
  return (
    <section
      ref={root}
      className="access-sbs"
      data-testid="access-sbs"
      aria-label="Comparaison côte à côte : notre score et l’APL de la DREES"
    >
      <header>
        <h3>Notre score et l’APL publiée par la DREES, côte à côte</h3>
        <p className="hint">
          Les deux cartes bougent ensemble. Les unités diffèrent : chaque carte a sa légende et ses
          classes (quantiles).
        </p>
        <button type="button" data-testid="access-sbs-close" onClick={onClose}>
          Fermer
        </button>
      </header>
      <div className="access-sbs-pane">
        <div ref={left} className="access-sbs-map" data-testid="access-sbs-left" />
        <SideLegend colouring={ours} testId="access-sbs-legend-left" />
      </div>
      <div className="access-sbs-pane">
        <div ref={right} className="access-sbs-map" data-testid="access-sbs-right" />
        <SideLegend colouring={drees} testId="access-sbs-legend-right" />
      </div>
    </section>
  );
}
