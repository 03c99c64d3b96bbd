/**
 * `ogrinfo -so -al FILE` (GDAL), used by the tests that check that an exported GeoJSON opens in
 * GDAL/QGIS. Without GDAL the test fails with how to install it — it is never skipped.
 */
import { execFileSync } from 'node:child_process';

export function ogrinfoSummary(file: string): string {
  try {
    return execFileSync('ogrinfo', ['-so', '-al', file], { encoding: 'utf8' });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') {
      throw new Error(
        'ogrinfo (GDAL) introuvable : installez-le pour vérifier les exports GeoJSON ' +
          '(Debian/Ubuntu : `sudo apt-get install gdal-bin`).',
        { cause: error },
      );
    }
    throw error;
  }
}
