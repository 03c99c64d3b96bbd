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
import { securityHeaders } from './vite-security-headers-plugin.ts';

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
      const compressed: string[] = [];
      for (const name of fs.readdirSync(assets)) {
        const file = path.join(assets, name);
        if (!TYPES[path.extname(name)] || fs.statSync(file).size < MIN_BYTES) continue;
        fs.writeFileSync(`${file}.gz`, zlib.gzipSync(fs.readFileSync(file), { level: 6 }));
        compressed.push(name);
      }
      fs.writeFileSync(path.join(outDir, 'SERVIR.md'), servingNotes(compressed));
      fs.writeFileSync(path.join(outDir, '_headers'), netlifyHeaders());
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

/**
 * `_headers` (Netlify, Cloudflare Pages): the security headers on every file, the wasm type and
 * long caching of hashed assets.
 */
function netlifyHeaders(): string {
  return [
    '/*',
    ...Object.entries(securityHeaders()).map(([name, value]) => `  ${name}: ${value}`),
    '/assets/*.wasm',
    '  Content-Type: application/wasm',
    '/assets/*',
    '  Cache-Control: public, max-age=31536000, immutable',
    '',
  ].join('\n');
}

/** How to serve this build with its pre-compressed files, written next to it (French). */
function servingNotes(compressed: readonly string[]): string {
  return `# Servir Périmètre

Ce dossier est l'application complète (fichiers statiques). Elle ne fait aucune requête hors de son
origine ; les données de l'utilisateur restent dans son navigateur.

Le moteur DuckDB (\`assets/*.wasm\`, 34 à 39 Mo) existe aussi compressé (\`.gz\`, ≈ 8 Mo) ; servez la
version compressée aux navigateurs qui l'acceptent, sinon le premier chargement est 4 à 5 fois plus
long. Fichiers précompressés : ${compressed.join(', ') || 'aucun'}.

- \`npm start\` (aperçu Vite de ce dépôt) le fait déjà.
- nginx : \`gzip_static on;\` dans le bloc \`location /assets/\`, et \`types { application/wasm wasm; }\`.
- Apache : \`mod_deflate\` ou des règles \`RewriteCond %{HTTP:Accept-Encoding} gzip\` vers le \`.gz\`,
  avec \`Header set Content-Encoding gzip\` et \`AddType application/wasm .wasm\`.
- Netlify, Cloudflare Pages : compression automatique ; le fichier \`_headers\` donne le type du wasm
  et le cache long des fichiers à empreinte (\`assets/\`).
- Caddy : \`file_server { precompressed gzip }\`.

Le type \`application/wasm\` est nécessaire : sans lui, le navigateur refuse la compilation en flux.

## En-têtes de sécurité

Envoyez ces en-têtes sur toutes les réponses (\`npm start\` le fait ; \`_headers\` les donne à
Netlify et Cloudflare Pages ; sous nginx \`add_header\`, sous Apache \`Header set\`) :

${Object.entries(securityHeaders())
  .map(([name, value]) => `- \`${name}: ${value}\``)
  .join('\n')}
`;
}
