/**
 * In-page side of the click benchmark (`interaction-bench.ts`), evaluated in the app's page as plain
 * JavaScript (a string, so no compiler helper leaks into the page). Defines
 * `window.__perimetreProbe`:
 *
 * - `init()` finds the page's MapLibre map by walking up React's fibers from the map container
 *   (the app exposes no handle; the bench reads, never drives, the map) and listens to clicks on
 *   the map after the app's own listener;
 * - `sample(step)` returns one screen point per commune drawn (grid of `step` px, the point of
 *   each commune nearest the mean of its grid points), only where the map canvas is on top and no
 *   label or marker is drawn within 6 px;
 * - `arm(code, x, y, expectedCount, readPixels)` waits until the map is idle, reads the pixels
 *   of the click-mark overlay (`src/app/click-marks.ts`, a 2D canvas over the map; 5 × 5 pixels)
 *   under (x, y) and arms the probe for the next click;
 * - on that click: the click time (`event.timeStamp`); in the first animation frame after it,
 *   whether the commune is marked (`data-pending` of the map), and once that frame is painted
 *   the time and, when `readPixels`, the overlay's pixels again; the WebGL frames the map renders
 *   before the indicators (each one is read back to the page when compositing in software); then
 *   the time the panel shows `expectedCount` communes (the worker's analysis);
 *   with the analysis time the panel prints (« Calcul : … ms », measured by the app) and the
 *   main-thread time inside that interval, observed passively: long tasks (`longtask`) and long
 *   animation frames (`long-animation-frame`: time in scripts, by invoker, and in rendering);
 * - `result()` returns the probe once both are known (or an error), else null.
 */
export const PROBE_SCRIPT = String.raw`(() => {
  const FILL = 'communes-fill';
  const isMap = (o) =>
    !!o && typeof o === 'object' && typeof o.getFeatureState === 'function' &&
    typeof o.queryRenderedFeatures === 'function';
  const search = (o, depth, seen) => {
    if (!o || typeof o !== 'object' || seen.has(o) || o instanceof Node) return null;
    seen.add(o);
    if (isMap(o)) return o;
    if (depth === 0) return null;
    for (const key of Object.keys(o)) {
      if (key === 'return' || key === 'child' || key === 'sibling' || key === 'stateNode') continue;
      const found = search(o[key], depth - 1, seen);
      if (found) return found;
    }
    return null;
  };
  const findMap = () => {
    const el = document.querySelector('[data-testid="map"]');
    const key = el && Object.keys(el).find((k) => k.startsWith('__reactFiber$'));
    let fiber = key ? el[key] : null;
    const seen = new Set();
    for (; fiber; fiber = fiber.return) {
      const found = search(fiber.memoizedProps, 3, seen);
      if (found) return found;
      for (let hook = fiber.memoizedState; hook && typeof hook === 'object'; hook = hook.next) {
        const inHook = search(hook.memoizedState, 3, seen);
        if (inHook) return inHook;
        if (!('next' in hook)) break;
      }
    }
    throw new Error('Carte MapLibre introuvable depuis [data-testid="map"].');
  };
  const probe = { map: null, current: null };
  // The 5 × 5 device pixels around (x, y) of the click-mark overlay (a 2D canvas), RGBA.
  const readMark = (x, y) => {
    const canvas = document.querySelector('[data-testid="click-marks"]');
    if (!canvas) return new Array(100).fill(0);
    const rect = canvas.getBoundingClientRect();
    const px = Math.round(((x - rect.left) * canvas.width) / rect.width);
    const py = Math.round(((y - rect.top) * canvas.height) / rect.height);
    return Array.from(canvas.getContext('2d').getImageData(px - 2, py - 2, 5, 5).data);
  };
  const onCanvas = (x, y) => {
    const el = document.elementFromPoint(x, y);
    return !!el && el.tagName === 'CANVAS' && probe.map.getCanvasContainer().contains(el);
  };
  const longTasks = [];
  const longFrames = [];
  probe.init = () => {
    probe.map = findMap();
    new PerformanceObserver((list) => longTasks.push(...list.getEntries())).observe({
      type: 'longtask',
    });
    new PerformanceObserver((list) => longFrames.push(...list.getEntries())).observe({
      type: 'long-animation-frame',
    });
    probe.map.getCanvasContainer().addEventListener('click', (e) => {
      const p = probe.current;
      if (!p || p.clickAt !== null) return;
      p.clickAt = e.timeStamp;
      const pending = probe.map.getContainer().dataset.pending || '';
      if (!pending.split(',').includes(p.code)) {
        p.error = 'clic sans marque pour ' + p.code + ' (data-pending="' + pending + '")';
        return;
      }
      // The first animation frame after the click: is the mark there (overlay), and once that
      // frame is painted (a task queued from it), the pixels under the pointer.
      requestAnimationFrame(() => {
        p.renderFrame = 0;
        const marked = (probe.map.getContainer().dataset.pending || '').split(',');
        p.pendingAtRender = marked.includes(p.code) ? 'add' : null;
        setTimeout(() => {
          p.renderAt = performance.now();
          if (p.readPixels) {
            p.pixelAfter = readMark(p.x, p.y);
            p.readMs = performance.now() - p.renderAt;
          }
        }, 0);
      });
      // WebGL frames of the map before the indicators (each is read back when compositing in software).
      const onRender = () => {
        if (p.indicatorsAt === null) p.mapFrames += 1;
        else probe.map.off('render', onRender);
      };
      probe.map.on('render', onRender);
      const shown = () =>
        document.querySelector('[data-testid="territory-communes"]')?.textContent ===
        String(p.expected);
      const observer = new MutationObserver(() => {
        if (!shown()) return;
        p.indicatorsAt = performance.now();
        const text = document.querySelector('[data-testid="territory-white-zones"]')?.textContent || '';
        const calc = /Calcul : ([\d\s\u202f\u00a0]+) ms/.exec(text);
        p.analysisMs = calc ? Number(calc[1].replace(/\D/g, '')) : null;
        observer.disconnect();
      });
      observer.observe(document.body, { subtree: true, childList: true, characterData: true });
    });
    return true;
  };
  probe.sample = (step) => {
    const rect = probe.map.getCanvas().getBoundingClientRect();
    const points = new Map();
    for (let y = rect.top + step / 2; y < rect.bottom; y += step)
      for (let x = rect.left + step / 2; x < rect.right; x += step) {
        if (!onCanvas(x, y)) continue;
        const point = [x - rect.left, y - rect.top];
        const f = probe.map.queryRenderedFeatures(point, { layers: [FILL] })[0];
        if (!f) continue;
        // Skip points under a name label or an establishment marker: the mark would be hidden.
        const near = [[x - rect.left - 6, y - rect.top - 6], [x - rect.left + 6, y - rect.top + 6]];
        if (probe.map.queryRenderedFeatures(near).some((g) => !g.layer.id.startsWith('communes')))
          continue;
        const code = String(f.id);
        if (!points.has(code)) points.set(code, []);
        points.get(code).push([x, y]);
      }
    return [...points].map(([code, list]) => {
      const mx = list.reduce((s, p) => s + p[0], 0) / list.length;
      const my = list.reduce((s, p) => s + p[1], 0) / list.length;
      const best = list.reduce((a, b) =>
        Math.hypot(a[0] - mx, a[1] - my) <= Math.hypot(b[0] - mx, b[1] - my) ? a : b,
      );
      return { code, x: best[0], y: best[1] };
    });
  };
  probe.arm = (code, x, y, expected, readPixels) =>
    new Promise((resolve) => {
      probe.map.once('idle', () => {
        if (!onCanvas(x, y)) return resolve('couvert');
        probe.map.once('render', () => {
          probe.map.once('idle', () => {
            const pixelBefore = readMark(x, y);
            probe.current = {
              code, x, y, expected, readPixels, pixelBefore, clickAt: null, renderAt: null,
              readMs: null, mapFrames: 0,
              renderFrame: null, pendingAtRender: null, pixelAfter: null,
              indicatorsAt: null, analysisMs: null, error: null,
            };
            resolve('prêt');
          });
        });
        probe.map.triggerRepaint();
      });
      probe.map.triggerRepaint();
    });
  probe.result = () => {
    const p = probe.current;
    if (!p) return null;
    if (p.error) return { error: p.error };
    if (p.renderAt === null || p.indicatorsAt === null) return null;
    const { code, x, y, expected, ...rest } = p;
    // Main-thread long tasks (> 50 ms) overlapping the click → indicators interval.
    let longTaskMs = 0;
    for (const t of longTasks) {
      const start = Math.max(t.startTime, p.clickAt);
      const end = Math.min(t.startTime + t.duration, p.indicatorsAt);
      if (end > start) longTaskMs += end - start;
    }
    // Long animation frames starting inside the interval: scripts (by invoker) and rendering.
    let frameMs = 0;
    let renderMs = 0;
    const scripts = {};
    for (const f of longFrames) {
      if (f.startTime < p.clickAt || f.startTime > p.indicatorsAt) continue;
      frameMs += f.duration;
      if (f.renderStart > 0) renderMs += f.startTime + f.duration - f.renderStart;
      for (const sc of f.scripts) {
        const name = (sc.invokerType || '') + ' ' + (sc.invoker || '');
        scripts[name] = (scripts[name] || 0) + sc.duration;
      }
    }
    return { code, ...rest, longTaskMs, frameMs, renderMs, scripts };
  };
  window.__perimetreProbe = probe;
  return true;
})()`;
