/**
 * Entry of `npm run demo`: generate the fictitious demo dataset into `data/demo/` (or into the
 * directory given as first argument). Deterministic: same seed, same bytes.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateDemo } from './demo/generate';

const root = resolve(fileURLToPath(import.meta.url), '../..');
const outDir = resolve(process.argv[2] ?? join(root, 'data', 'demo'));
const started = performance.now();
const { files } = generateDemo();
mkdirSync(outDir, { recursive: true });
for (const file of files) writeFileSync(join(outDir, file.path), file.content);
const total = files.reduce((s, f) => s + f.content.length, 0);
for (const f of files)
  console.log(
    `${f.path.padEnd(48)} ${String(f.rows).padStart(6)} lignes ${String(f.content.length).padStart(9)} octets`,
  );
console.log(
  `${files.length} fichiers, ${total} octets, écrits dans ${outDir} en ${Math.round(performance.now() - started)} ms`,
);
