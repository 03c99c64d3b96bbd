/**
 * Width of the side panel chosen by the user (drag handle or arrow keys), clamped to the window and
 * remembered in localStorage, one width per kind of panel: the « Vue ARS » table opens wider
 * than the other tabs (see region.css), so its width is kept apart.
 *
 * The map follows by itself: MapLibre's default `trackResize` watches its container with a
 * ResizeObserver and calls `map.resize()` when the panel changes the container's width.
 */
import { useCallback, useEffect, useState, type RefObject } from 'react';

/** The two kinds of panel: the usual tabs, and the wide « Vue ARS » table. */
export type PanelKind = 'normal' | 'wide';

/** Narrowest panel, in CSS pixels: below it the six tabs no longer fit on one line (≈ 390 px). */
export const PANEL_MIN_PX = 400;
/** Widest panel, as a share of the window: the map keeps the rest. */
export const PANEL_MAX_SHARE: Record<PanelKind, number> = { normal: 0.5, wide: 0.65 };
/** Width change of one arrow key press, in CSS pixels. */
export const PANEL_KEY_STEP_PX = 20;

/** localStorage key of the width chosen for a kind of panel. */
export function panelWidthKey(kind: PanelKind): string {
  return `perimetre.panelWidth.${kind}`;
}

/** Widest panel for a window width, in CSS pixels (never below the narrowest). */
export function maxPanelWidth(kind: PanelKind, windowWidth: number): number {
  return Math.max(PANEL_MIN_PX, Math.floor(windowWidth * PANEL_MAX_SHARE[kind]));
}

/** `width` rounded and kept between the narrowest and the widest panel of this window. */
export function clampPanelWidth(kind: PanelKind, width: number, windowWidth: number): number {
  return Math.min(maxPanelWidth(kind, windowWidth), Math.max(PANEL_MIN_PX, Math.round(width)));
}

function readStored(kind: PanelKind): number | null {
  try {
    const value = Number(window.localStorage.getItem(panelWidthKey(kind)));
    return Number.isFinite(value) && value > 0 ? value : null;
  } catch {
    // Storage blocked (private mode, policy): the CSS default width applies.
    return null;
  }
}

function writeStored(kind: PanelKind, width: number): void {
  try {
    window.localStorage.setItem(panelWidthKey(kind), String(width));
  } catch {
    // Not remembered: the panel opens at its default width next time, nothing else is lost.
  }
}

/** What the panel and its handle need from {@link usePanelWidth}. */
export interface PanelWidth {
  /** Inline width of the panel, or undefined to keep the CSS default (not resized yet). */
  style: { width: string } | undefined;
  /** Width shown now, in CSS pixels (measured when the CSS default applies). */
  current: number;
  min: number;
  max: number;
  /** Sets a new width (clamped, remembered). */
  setWidth: (width: number) => void;
}

/**
 * The width of the side panel of `kind`: the stored one when the user has resized it, else the
 * CSS default, measured on `panelRef` so the handle can announce it.
 */
export function usePanelWidth(
  panelRef: RefObject<HTMLElement | null>,
  kind: PanelKind,
): PanelWidth {
  const [stored, setStored] = useState<Record<PanelKind, number | null>>(() => ({
    normal: readStored('normal'),
    wide: readStored('wide'),
  }));
  const [windowWidth, setWindowWidth] = useState(() => window.innerWidth);
  const [measured, setMeasured] = useState(PANEL_MIN_PX);

  useEffect(() => {
    const onResize = () => setWindowWidth(window.innerWidth);
    window.addEventListener('resize', onResize);
    return () => window.removeEventListener('resize', onResize);
  }, []);

  useEffect(() => {
    const panel = panelRef.current;
    if (!panel) return;
    const observer = new ResizeObserver(() =>
      setMeasured(Math.round(panel.getBoundingClientRect().width)),
    );
    observer.observe(panel);
    return () => observer.disconnect();
  }, [panelRef]);

  const chosen = stored[kind];
  const applied = chosen === null ? null : clampPanelWidth(kind, chosen, windowWidth);
  const setWidth = useCallback(
    (width: number) => {
      const next = clampPanelWidth(kind, width, window.innerWidth);
      setStored((s) => ({ ...s, [kind]: next }));
      writeStored(kind, next);
    },
    [kind],
  );
  return {
    style: applied === null ? undefined : { width: `${applied}px` },
    current: applied ?? measured,
    min: PANEL_MIN_PX,
    max: maxPanelWidth(kind, windowWidth),
    setWidth,
  };
}
