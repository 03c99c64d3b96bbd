// @vitest-environment jsdom
import type { Map as MapLibreMap } from 'maplibre-gl';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { MapFrameGate, MAX_HOLD_MS } from './map-frame-gate';

/** A stand-in for the MapLibre map (the method on the prototype, as in MapLibre): counts repaints. */
class FakeMap {
  repaints = 0;
  readonly container = document.createElement('div');
  triggerRepaint(): this {
    this.repaints += 1;
    return this;
  }
  getCanvasContainer(): HTMLElement {
    return this.container;
  }
}

function fakeMap() {
  const map = new FakeMap();
  return {
    map,
    container: map.container,
    gate: new MapFrameGate(map as unknown as MapLibreMap),
  };
}

const press = (el: HTMLElement, type: string, x = 10, y = 10) =>
  el.dispatchEvent(
    new PointerEvent(type, { button: 0, isPrimary: true, clientX: x, clientY: y, bubbles: true }),
  );

afterEach(() => {
  vi.useRealTimers();
});

describe('MapFrameGate', () => {
  it('holds the repaints asked for between a claimed click and its release, then repaints once', () => {
    vi.useFakeTimers();
    const { map, container, gate } = fakeMap();
    press(container, 'pointerdown');
    map.triggerRepaint(); // MapLibre's own frame after the press
    press(container, 'pointerup');
    gate.claim(); // the commune click, in the same task as the release
    map.triggerRepaint();
    vi.advanceTimersByTime(10);
    expect(map.repaints).toBe(0);
    gate.release(); // the indicators have painted
    expect(map.repaints).toBe(1);
    map.triggerRepaint();
    expect(map.repaints).toBe(2);
  });

  it('lets a drag through at once', () => {
    const { map, container } = fakeMap();
    press(container, 'pointerdown', 10, 10);
    map.triggerRepaint();
    press(container, 'pointermove', 30, 10);
    expect(map.repaints).toBe(1);
    map.triggerRepaint();
    expect(map.repaints).toBe(2);
  });

  it('ends the hold after a press that no click claimed', () => {
    vi.useFakeTimers();
    const { map, container } = fakeMap();
    press(container, 'pointerdown');
    map.triggerRepaint();
    press(container, 'pointerup');
    vi.advanceTimersByTime(0);
    expect(map.repaints).toBe(1);
  });

  it('never holds longer than its limit (a failed analysis does not freeze the map)', () => {
    vi.useFakeTimers();
    const { map, container, gate } = fakeMap();
    press(container, 'pointerdown');
    press(container, 'pointerup');
    gate.claim();
    map.triggerRepaint();
    vi.advanceTimersByTime(MAX_HOLD_MS - 1);
    expect(map.repaints).toBe(0);
    vi.advanceTimersByTime(1);
    expect(map.repaints).toBe(1);
  });

  it('releases and stops listening when destroyed', () => {
    const { map, container, gate } = fakeMap();
    press(container, 'pointerdown');
    map.triggerRepaint();
    gate.destroy();
    expect(map.repaints).toBe(1);
    press(container, 'pointerdown');
    map.triggerRepaint();
    expect(map.repaints).toBe(2);
  });
});
