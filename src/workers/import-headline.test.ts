import { describe, expect, it } from 'vitest';
import type { ImportReport } from './import-api';
import { erasedHeadline, importHeadline, restoredHeadline } from './import-headline';

const report = (over: Partial<ImportReport>): ImportReport => ({
  fileName: 'f.csv',
  kind: 'population',
  encoding: 'utf-8',
  separator: ';',
  rowCount: 10,
  acceptedCount: 10,
  keptCount: 10,
  repairedCount: 0,
  rejectedCount: 0,
  issues: [],
  ...over,
});

describe('importHeadline', () => {
  it('never says the map shows the data when nothing was kept', () => {
    const h = importHeadline([
      report({ fileName: 'vide.csv', rowCount: 0, acceptedCount: 0 }),
      report({ fileName: 'archive.zip', kind: null, rowCount: 0, acceptedCount: 0 }),
      report({ fileName: 'pop.csv', rowCount: 3, acceptedCount: 0, rejectedCount: 3 }),
    ]);
    expect(h.outcome).toBe('nothing');
    expect(h.text).toBe(
      'Aucune donnée chargée : « vide.csv » (aucune ligne de données), « archive.zip » (type de fichier non reconnu), « pop.csv » (3 lignes rejetée(s) sur 3). Les données déjà chargées sont conservées ; voir les rapports ci-dessous pour corriger.',
    );
    expect(importHeadline([]).outcome).toBe('nothing');
  });

  it('names the files that kept nothing in a partial import', () => {
    const h = importHeadline([
      report({ fileName: 'pop.csv', acceptedCount: 352 }),
      report({ fileName: 'finess.csv', kind: 'establishments', rowCount: 0, acceptedCount: 0 }),
    ]);
    expect(h.outcome).toBe('partial');
    expect(h.text).toMatch(
      /^Import partiel : 352 lignes retenue\(s\) dans 1 fichier\(s\), mais rien de « finess\.csv »/,
    );
  });

  it('gives rows kept and rejected when every file loaded', () => {
    const h = importHeadline([report({ acceptedCount: 1200, rejectedCount: 1, rowCount: 1201 })]);
    expect(h).toEqual({
      outcome: 'loaded',
      text: 'Import terminé : 1\u202f200 lignes retenue(s), 1 ligne rejetée(s) (voir les rapports) ; la carte et les panneaux montrent vos données.',
    });
  });
});

describe('headlines of the data state', () => {
  it('names the files an import replaced', () => {
    expect(importHeadline([report({ fileName: 'pop-2022.csv' })], ['pop-2021.csv']).text).toBe(
      'Import terminé : 10 lignes retenue(s) ; « pop-2021.csv » remplacé (plus dans les tables) ; la carte et les panneaux montrent vos données.',
    );
  });

  it('says the data were restored from this computer, or what could not be', () => {
    expect(restoredHeadline([report({ fileName: 'pop.csv', acceptedCount: 352 })], null)).toEqual({
      outcome: 'restored',
      text: 'Données restaurées depuis cet ordinateur : « pop.csv » (352 lignes retenues).',
    });
    const partial = restoredHeadline(
      [
        report({ fileName: 'pop.csv' }),
        report({ fileName: 'vide.csv', acceptedCount: 0, rowCount: 0 }),
      ],
      '« pmsi.csv » : fichier illisible',
    );
    expect(partial.outcome).toBe('partial-restore');
    expect(partial.text).toBe(
      'Restauration partielle depuis cet ordinateur : « pop.csv » (10 lignes retenues) ; illisible : « pmsi.csv » : fichier illisible ; « vide.csv » (aucune ligne de données). Les fichiers restent gardés ; effacez-les ou importez-les de nouveau (onglet Importer).',
    );
  });

  it('says what was erased and whether the territories were kept', () => {
    expect(erasedHeadline({ files: 2, bytes: 1_234_567, territories: false }).text).toBe(
      'Données effacées de cet ordinateur : 2 fichiers importés (1,2 Mo) ; territoires enregistrés conservés.',
    );
    expect(erasedHeadline({ files: 0, bytes: 0, territories: true }).text).toBe(
      'Données effacées de cet ordinateur : aucun fichier importé n’était gardé ; territoires enregistrés effacés.',
    );
  });
});
