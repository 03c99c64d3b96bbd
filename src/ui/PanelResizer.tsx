/**
 * The handle between the side panel and the map: drag it with a pointer, or focus it and press
 * Left/Right (20 px a press), Home/End (narrowest/widest). An ARIA window splitter (WAI-ARIA APG,
 * « Window Splitter » pattern): role="separator" with its current, minimum and maximum width.
 */
import { useRef, type KeyboardEvent, type PointerEvent } from 'react';

export interface PanelResizerProps {
  /** Width of the panel now, in CSS pixels. */
  width: number;
  min: number;
  max: number;
  /** Width change of one arrow key press, in CSS pixels. */
  step: number;
  /** id of the panel the handle resizes. */
  controls: string;
  onResize: (width: number) => void;
}

export function PanelResizer({ width, min, max, step, controls, onResize }: PanelResizerProps) {
  // Pointer x and panel width when the drag started; null when no drag is under way.
  const drag = useRef<{ x: number; width: number } | null>(null);

  const onPointerDown = (e: PointerEvent<HTMLDivElement>) => {
    if (e.button !== 0) return;
    e.preventDefault();
    e.currentTarget.setPointerCapture(e.pointerId);
    drag.current = { x: e.clientX, width };
  };
  const onPointerMove = (e: PointerEvent<HTMLDivElement>) => {
    if (drag.current) onResize(drag.current.width + e.clientX - drag.current.x);
  };
  const onPointerEnd = () => {
    drag.current = null;
  };
  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    const next: Record<string, number> = {
      ArrowLeft: width - step,
      ArrowRight: width + step,
      Home: min,
      End: max,
    };
    const target = next[e.key];
    if (target === undefined) return;
    e.preventDefault();
    onResize(target);
  };

  return (
    <div
      className="panel-resizer"
      role="separator"
      tabIndex={0}
      aria-orientation="vertical"
      aria-label="Largeur du panneau latéral (flèches gauche et droite)"
      aria-controls={controls}
      aria-valuenow={width}
      aria-valuemin={min}
      aria-valuemax={max}
      aria-valuetext={`${width} pixels`}
      data-testid="panel-resizer"
      onPointerDown={onPointerDown}
      onPointerMove={onPointerMove}
      onPointerUp={onPointerEnd}
      onPointerCancel={onPointerEnd}
      onKeyDown={onKeyDown}
    />
  );
}
