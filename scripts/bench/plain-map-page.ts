/**
 * The baseline of the map benchmark: a plain MapLibre page, served by the same preview server as
 * the app, that fetches the same national GeoJSON, draws it as a GeoJSON source (fill coloured by
 * a data-driven expression + white outlines, like the app's choropleth) fitted to the same bounds
 * in a container of the same size, and recolours it with `setPaintProperty`. It records
 * `window.plainReadyMs` (navigation -> first idle with the communes drawn) and exposes
 * `window.plainRecolour()` (ms from `setPaintProperty` to the next idle).
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Plugin } from 'vite';

const MAPLIBRE_DIST = path.resolve(import.meta.dirname, '../../node_modules/maplibre-gl/dist');

/** Two colourings of the same population classes (Yellow → blue, then the reverse). */
const PALETTE = ['#ffffcc', '#a1dab4', '#41b6c4', '#2c7fb8', '#253494'];
const THRESHOLDS = [200, 500, 1500, 5000];

function stepExpression(colours: string[]): unknown[] {
  return [
    'step',
    ['coalesce', ['get', 'population'], 0],
    colours[0],
    ...THRESHOLDS.flatMap((t, i) => [t, colours[i + 1]]),
  ];
}

/**
 * The page itself: its script is a file of the same origin (`page.js`), as the app's
 * Content-Security-Policy, sent by the preview server, forbids inline scripts.
 */
function pageHtml(): string {
  return `<!doctype html><html lang="fr"><head><meta charset="utf-8"><link rel="icon" href="data:,">
<link rel="stylesheet" href="/bench-plain/lib/maplibre-gl.css">
<style>html,body{margin:0}#map{position:absolute;left:0;top:0}</style></head>
<body><div id="map"></div><script type="module" src="/bench-plain/page.js"></script></body></html>`;
}

function pageScript(): string {
  return `import * as maplibregl from '/bench-plain/lib/maplibre-gl.mjs';
maplibregl.setWorkerUrl('/bench-plain/lib/maplibre-gl-worker.mjs');
const params = new URLSearchParams(location.search);
const container = document.getElementById('map');
container.style.width = params.get('w') + 'px';
container.style.height = params.get('h') + 'px';
const geojson = fetch(params.get('geojson')).then((r) => r.json());
const map = new maplibregl.Map({
  container,
  style: { version: 8, sources: {}, layers: [{ id: 'bg', type: 'background', paint: { 'background-color': '#eef2f5' } }] },
  bounds: JSON.parse(params.get('bounds')),
  fitBoundsOptions: { padding: 30 },
  attributionControl: false,
});
map.on('load', async () => {
  map.addSource('communes', { type: 'geojson', data: await geojson, promoteId: 'code' });
  map.addLayer({ id: 'fill', type: 'fill', source: 'communes', paint: { 'fill-color': ${JSON.stringify(stepExpression(PALETTE))}, 'fill-opacity': 0.9 } });
  map.addLayer({ id: 'line', type: 'line', source: 'communes', paint: { 'line-color': '#ffffff', 'line-width': ['interpolate', ['linear'], ['zoom'], 6, 0.2, 11, 1.2] } });
  const onIdle = () => {
    if (!map.isSourceLoaded('communes') || map.queryRenderedFeatures({ layers: ['fill'] }).length === 0) return;
    map.off('idle', onIdle);
    window.plainReadyMs = performance.now();
    window.plainRendered = new Set(map.queryRenderedFeatures({ layers: ['fill'] }).map((f) => f.id)).size;
  };
  map.on('idle', onIdle);
});
let flip = false;
window.plainRecolour = () => new Promise((resolve) => {
  flip = !flip;
  const start = performance.now();
  map.once('idle', () => resolve(performance.now() - start));
  map.setPaintProperty('fill', 'fill-color', flip ? ${JSON.stringify(stepExpression([...PALETTE].reverse()))} : ${JSON.stringify(stepExpression(PALETTE))});
});
`;
}

/** Serves the plain page at `/bench-plain/` and MapLibre's own files at `/bench-plain/lib/`. */
export function plainMapPagePlugin(): Plugin {
  return {
    name: 'perimetre-bench-plain-map',
    configurePreviewServer(server) {
      server.middlewares.use('/bench-plain/', (req, res, next) => {
        const name = (req.url ?? '').split('?')[0]?.replace(/^\/+/, '') ?? '';
        if (name === '' || name === 'index.html') {
          res.setHeader('Content-Type', 'text/html; charset=utf-8');
          return res.end(pageHtml());
        }
        if (name === 'page.js') {
          res.setHeader('Content-Type', 'text/javascript; charset=utf-8');
          return res.end(pageScript());
        }
        const file = name.startsWith('lib/') ? path.join(MAPLIBRE_DIST, name.slice(4)) : '';
        if (!file.startsWith(MAPLIBRE_DIST) || !fs.existsSync(file)) return next();
        const type = file.endsWith('.css') ? 'text/css' : 'text/javascript';
        res.setHeader('Content-Type', `${type}; charset=utf-8`);
        fs.createReadStream(file).pipe(res);
      });
    },
  };
}
