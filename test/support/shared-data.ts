/**
 * Access to the real open data in `../shared/data` (see its SOURCES.md).
 * Tests that need it use `describeShared`: when the folder is absent they are reported as
 * skipped with a visible reason (never counted as passed), and when `PERIMETRE_REQUIRE_SHARED_DATA=1`
 * (set by `.ci/run`) its absence is an error.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, it } from 'vitest';

export const SHARED_DATA_DIR = path.resolve(
  process.env.PERIMETRE_SHARED_DATA ?? path.join(import.meta.dirname, '../../../shared/data'),
);

export function sharedDataPresent(): boolean {
  return fs.existsSync(path.join(SHARED_DATA_DIR, 'SOURCES.md'));
}

export function sharedPath(...parts: string[]): string {
  return path.join(SHARED_DATA_DIR, ...parts);
}

/** `describe` that runs only when ../shared/data is present (required under CI). */
export function describeShared(name: string, fn: () => void): void {
  if (sharedDataPresent()) {
    describe(name, fn);
    return;
  }
  if (process.env.PERIMETRE_REQUIRE_SHARED_DATA === '1') {
    throw new Error(
      `Données partagées introuvables dans ${SHARED_DATA_DIR} : placez le dossier shared/ à côté du dépôt ` +
        'ou indiquez son chemin dans PERIMETRE_SHARED_DATA.',
    );
  }
  console.warn(`NON EXÉCUTÉ : « ${name} » (données partagées absentes de ${SHARED_DATA_DIR}).`);
  // The body is not run (it may read the shared files): one skipped test says why.
  describe(name, () => {
    it.skip(`NON EXÉCUTÉ : ../shared/data absent (${SHARED_DATA_DIR})`, () => undefined);
  });
}
