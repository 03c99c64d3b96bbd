/**
 * Vite plugin: serves the embedded demo dataset (data/demo/) under /demo/ in development and
 * copies it into the production build; writes the Content-Security-Policy of the built app.
 * The app makes no request outside its own origin unless a basemap is configured
 * (`VITE_BASEMAP_TILES`, a raster tile URL template), whose origin is then allowed.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Plugin } from 'vite';

const DEMO_DIR = path.resolve(import.meta.dirname, '../data/demo');

export function buildContentSecurityPolicy(basemapTilesUrl?: string): string {
  const basemapOrigin = basemapTilesUrl ? new URL(basemapTilesUrl.replace(/[{}]/g, '')).origin : '';
  return [
    "default-src 'self'",
    "script-src 'self' 'wasm-unsafe-eval'",
    "worker-src 'self' blob:",
    "style-src 'self' 'unsafe-inline'",
    `img-src 'self' data: blob:${basemapOrigin ? ' ' + basemapOrigin : ''}`,
    `connect-src 'self' data: blob:${basemapOrigin ? ' ' + basemapOrigin : ''}`,
    "font-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
  ].join('; ');
}

export function demoDataPlugin(): Plugin {
  return {
    name: 'perimetre-demo-data',
    configureServer(server) {
      server.middlewares.use('/demo/', (req, res, next) => {
        const name = decodeURIComponent((req.url ?? '').split('?')[0] ?? '').replace(/^\/+/, '');
        const file = path.join(DEMO_DIR, name);
        if (!name || !file.startsWith(DEMO_DIR) || !fs.existsSync(file)) return next();
        res.setHeader('Content-Type', 'application/octet-stream');
        fs.createReadStream(file).pipe(res);
      });
    },
    generateBundle() {
      for (const name of fs.readdirSync(DEMO_DIR).sort()) {
        if (name.endsWith('.md')) continue;
        this.emitFile({
          type: 'asset',
          fileName: `demo/${name}`,
          source: fs.readFileSync(path.join(DEMO_DIR, name)),
        });
      }
    },
    transformIndexHtml: {
      order: 'post',
      handler(html, ctx) {
        if (ctx.server) return html; // dev server: Vite injects inline scripts; no CSP there.
        const csp = buildContentSecurityPolicy(process.env.VITE_BASEMAP_TILES);
        return html.replace(
          '<meta charset="UTF-8" />',
          `<meta charset="UTF-8" />\n    <meta http-equiv="Content-Security-Policy" content="${csp}" />`,
        );
      },
    },
  };
}
