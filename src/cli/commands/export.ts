/**
 * `perimetre export --territory … [--load FILE]… --geojson OUT [--csv OUT]`: writes the dissolved
 * perimeter and the communes (GeoJSON RFC 7946) and the list of communes (CSV UTF-8 with BOM), with
 * the same code as the app's export buttons; the GeoJSON cites the files used (`cliSources`) and
 * writes null for what is not loaded.
 */
import fs from 'node:fs';
import { exportTerritoryFiles } from '../../workers/territory-api';
import { CliError, option } from '../args';
import { loadTerritory } from './territory';

export async function run(argv: string[]): Promise<number> {
  const { args, analysis, name, startedFrom, demo, sources } = await loadTerritory(argv, []);
  const geojsonPath = option(args, 'geojson');
  const csvPath = option(args, 'csv');
  if (!geojsonPath && !csvPath)
    throw new CliError('Indiquez au moins --geojson FICHIER ou --csv FICHIER.');
  const files = await exportTerritoryFiles(analysis.codes, {
    territoryName: name,
    date: new Date().toISOString().slice(0, 10),
    fictitious: demo,
    sources,
    startedFrom,
  });
  if (geojsonPath) fs.writeFileSync(geojsonPath, files.geojson);
  if (csvPath) fs.writeFileSync(csvPath, files.csv);
  console.error(
    `${analysis.indicators.communeCount} communes exportées${geojsonPath ? ` : ${geojsonPath}` : ''}${csvPath ? ` ${csvPath}` : ''}`,
  );
  return analysis.indicators.communeCount > 0 ? 0 : 1;
}
