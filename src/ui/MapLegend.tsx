import { useId, useLayoutEffect, useRef, useState, type CSSProperties } from 'react';
import type { CommuneMap, MapLegend as MapLegendModel } from '../app/map-keys';
import { useFocusBox, useSettledView } from '../app/use-map-legend';
import { Legend } from './Legend';
import { chooseLegendCorner, type CornerMargins, type LegendCorner } from './legend-placement';
import './map-legend.css';

const GAP = 10;

const POSITION: Record<LegendCorner, (y: number) => CSSProperties> = {
  'bottom-right': (y) => ({ right: GAP, bottom: y }),
  'bottom-left': (y) => ({ left: GAP, right: 'auto', bottom: y }),
  'top-left': (y) => ({ left: GAP, right: 'auto', top: y, bottom: 'auto' }),
};

/** Free space along each corner: below / above the map's own controls there. */
function cornerMargins(wrap: HTMLElement): CornerMargins {
  const height = (selector: string) =>
    wrap.querySelector<HTMLElement>(selector)?.getBoundingClientRect().height ?? 0;
  return {
    'bottom-right': { x: GAP, y: GAP },
    'bottom-left': { x: GAP, y: height('.maplibregl-ctrl-bottom-left') + GAP },
    'top-left': { x: GAP, y: height('.maplibregl-ctrl-top-left') + GAP },
  };
}

/**
 * The legend panel over the map: one block per layer drawn (search highlight, territory, CPTS
 * outlines, establishments, flows, choropleth), rebuilt whenever a layer changes. It sits in the
 * lower-right corner unless it would hide the territory being built (or the CPTS chosen), then
 * in the first free corner, and folds itself when no corner is free (the territory fills the
 * view); with no territory, in the first corner hiding no commune, else the one hiding the
 * fewest if that is at most half of what the lower right hides (`chooseLegendCorner`: Corsica on
 * the map of France), rechecked once the map settles after each move. It folds and opens with a
 * keyboard-reachable button and its body scrolls when long.
 */
export function MapLegend({
  legend,
  map = null,
  testId = 'map-legend',
  sectionTestIds = false,
}: {
  legend: MapLegendModel;
  /** The map whose territory the legend must leave visible (none: lower-right corner). */
  map?: CommuneMap | null;
  testId?: string;
  /** Name each block `${testId}-${block}` (for a second map; the main map's choropleth is `legend`). */
  sectionTestIds?: boolean;
}) {
  const [open, setOpen] = useState(true);
  const [place, setPlace] = useState<{ corner: LegendCorner; y: number }>({
    corner: 'bottom-right',
    y: GAP,
  });
  const bodyId = useId();
  const ref = useRef<HTMLElement>(null);
  /** The view (focus box) for which the legend last folded itself. */
  const autoFolded = useRef<string | null>(null);
  const focus = useFocusBox(map);
  const settled = useSettledView(map);
  useLayoutEffect(() => {
    const el = ref.current;
    const wrap = el?.parentElement;
    if (!el || !wrap) return;
    const margins = cornerMargins(wrap);
    const { corner, covers } = chooseLegendCorner(
      { width: wrap.clientWidth, height: wrap.clientHeight },
      { width: el.offsetWidth, height: el.offsetHeight },
      focus,
      margins,
      map ? (box) => map.communesUnder(box) : undefined,
    );
    const y = margins[corner].y;
    setPlace((p) => (p.corner === corner && p.y === y ? p : { corner, y }));
    // No corner leaves the territory visible: fold once for this view (the button reopens it).
    const key = JSON.stringify(focus);
    if (covers && open && autoFolded.current !== key) {
      autoFolded.current = key;
      setOpen(false);
    }
  }, [focus, legend, open, settled, map]);
  if (legend.sections.length === 0) return null;
  return (
    <section
      ref={ref}
      className={`map-legend${open ? '' : ' folded'}`}
      style={POSITION[place.corner](place.y)}
      aria-label="Légende de la carte"
      data-testid={testId}
      data-corner={place.corner}
      data-sections={legend.sections.map((s) => s.id).join(' ')}
    >
      <button
        type="button"
        className="map-legend-toggle"
        aria-expanded={open}
        aria-controls={bodyId}
        data-testid={`${testId}-toggle`}
        onClick={() => setOpen(!open)}
      >
        Légende <span aria-hidden="true">{open ? '▾' : '▸'}</span>
      </button>
      <div
        id={bodyId}
        className="map-legend-body"
        role="group"
        aria-label="Contenu de la légende"
        tabIndex={0}
        hidden={!open}
      >
        {legend.sections.map((section) => (
          <Legend
            key={section.id}
            section={section}
            testId={sectionTestIds ? `${testId}-${section.id}` : undefined}
          />
        ))}
      </div>
    </section>
  );
}
