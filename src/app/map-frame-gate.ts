/**
 * Holds the map's WebGL frames for the short time between a commune click and the indicators it
 * brings (at most `MAX_HOLD_MS`), then lets one frame draw everything.
 *
 * Why: MapLibre repaints the whole map after every press and release on it (its handler manager
 * requests a frame when a handler deactivates), and when the browser composites in software (no
 * GPU) each WebGL frame is read back to the page while the main thread waits: 0.3–0.8 s on this
 * 2-core machine. That frame came between the click and the worker's answer, so the indicators
 * waited for it. The click mark itself is drawn on a 2D overlay (`ClickMarks`), so nothing is
 * lost by holding the WebGL frame; a press that turns into a drag releases it at once.
 *
 * MapLibre has no pause API: the hold shadows the map's `triggerRepaint` with an own property
 * that remembers the request, and the release deletes it and repaints once.
 */
import type { Map as MapLibreMap } from 'maplibre-gl';

/** Longest hold (ms): a slow or failed analysis never freezes the map for longer. */
export const MAX_HOLD_MS = 1000;
/** A press that moves this far (CSS px) is a drag: the map must follow it. */
const DRAG_PX = 4;

export class MapFrameGate {
  private held = false;
  private deferred = false;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private claimed = false;
  private down: [number, number] | null = null;
  private readonly target: HTMLElement;

  constructor(private readonly map: MapLibreMap) {
    this.target = map.getCanvasContainer();
    // Capture: before MapLibre's own mouse handlers see the press.
    this.target.addEventListener('pointerdown', this.onDown, true);
    this.target.addEventListener('pointermove', this.onMove, true);
    this.target.addEventListener('pointerup', this.onUp, true);
    this.target.addEventListener('pointercancel', this.onCancel, true);
  }

  /** A click was handled (a commune toggled): keep holding until `release` (or the limit). */
  claim(): void {
    this.claimed = true;
    this.hold();
  }

  /** Lets the map draw again, with one repaint if one was asked for meanwhile. */
  release(): void {
    if (!this.held) return;
    this.held = false;
    this.claimed = false;
    clearTimeout(this.timer);
    Reflect.deleteProperty(this.map, 'triggerRepaint');
    if (this.deferred) {
      this.deferred = false;
      this.map.triggerRepaint();
    }
  }

  destroy(): void {
    this.release();
    this.target.removeEventListener('pointerdown', this.onDown, true);
    this.target.removeEventListener('pointermove', this.onMove, true);
    this.target.removeEventListener('pointerup', this.onUp, true);
    this.target.removeEventListener('pointercancel', this.onCancel, true);
  }

  private hold(): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => this.release(), MAX_HOLD_MS);
    if (this.held) return;
    this.held = true;
    Object.defineProperty(this.map, 'triggerRepaint', {
      configurable: true,
      writable: true,
      value: () => {
        this.deferred = true;
        return this.map;
      },
    });
  }

  private readonly onDown = (e: PointerEvent) => {
    if (e.button !== 0 || !e.isPrimary) return;
    this.down = [e.clientX, e.clientY];
    this.claimed = false;
    this.hold();
  };

  private readonly onMove = (e: PointerEvent) => {
    if (!this.down) return;
    if (Math.hypot(e.clientX - this.down[0], e.clientY - this.down[1]) >= DRAG_PX) {
      this.down = null;
      this.release();
    }
  };

  // The click (dispatched right after the release) claims the hold; otherwise it ends.
  private readonly onUp = () => {
    this.down = null;
    setTimeout(() => {
      if (!this.claimed) this.release();
    }, 0);
  };

  private readonly onCancel = () => {
    this.down = null;
    this.release();
  };
}
