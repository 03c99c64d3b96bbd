/**
 * Vite plugin: gzips the large build assets (DuckDB's 34–39 MB wasm, the workers, the main chunk)
 * next to the originals at build time, and lets `vite preview` (`npm start`) serve the `.gz`
 * with `Content-Encoding: gzip` to browsers that accept it (≈ 8 MB instead of 34 MB for DuckDB).
 * A static host can serve the same `.gz` files.
 */
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import type { Plugin } from 'vite';

const MIN_BYTES = 100_000;
const TYPES: Record<string, string> = {
  '.wasm': 'application/wasm',
  '.js': 'text/javascript',
  '.mjs': 'text/javascript',
};

export function compressPlugin(): Plugin {
  let outDir = 'dist';
  return {
    name: 'perimetre-compress',
    configResolved(config) {
      outDir = path.resolve(config.root, config.build.outDir);
    },
    closeBundle() {
      const assets = path.join(outDir, 'assets');
      if (!fs.existsSync(assets)) return;
      for (const name of fs.readdirSync(assets)) {
        const file = path.join(assets, name);
        if (!TYPES[path.extname(name)] || fs.statSync(file).size < MIN_BYTES) continue;
        fs.writeFileSync(`${file}.gz`, zlib.gzipSync(fs.readFileSync(file), { level: 6 }));
      }
    },
    configurePreviewServer(server) {
      server.middlewares.use((req, res, next) => {
        const url = (req.url ?? '').split('?')[0] ?? '';
        const type = TYPES[path.extname(url)];
        if (!type || !/\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''))) return next();
        const gz = path.join(outDir, decodeURIComponent(url)) + '.gz';
        if (!gz.startsWith(outDir) || !fs.existsSync(gz)) return next();
        res.setHeader('Content-Type', type);
        res.setHeader('Content-Encoding', 'gzip');
        res.setHeader('Vary', 'Accept-Encoding');
        res.setHeader('Cache-Control', 'max-age=31536000, immutable');
        fs.createReadStream(gz).pipe(res);
      });
    },
  };
}
