/**
 * Property tests (fast-check) on mutations of real open files from ../shared/data (population
 * extract, GISCO hospitals, commune contours of the Manche, the Annuaire Santé header): a quote
 * inserted, bytes deleted or inserted, a line duplicated or cut, CR, CRLF or BOM added… the import
 * never throws and every line is accounted for. Reported « NON EXÉCUTÉ » without the data.
 */
import fs from 'node:fs';
import fc from 'fast-check';
import { expect, it } from 'vitest';
import type { FileKind } from '../../src/io';
import { describeShared, sharedPath } from '../support/shared-data';
import { importBroken } from './broken-files.helpers';

const RUNS = 30;

/** One mutation at a position taken modulo the length of the bytes. */
const mutation = fc.record({
  op: fc.constantFrom('quote', 'delete', 'insert', 'duplicate-line', 'cr', 'crlf', 'cut', 'bom'),
  at: fc.nat(),
  byte: fc.integer({ min: 0, max: 255 }),
  length: fc.integer({ min: 1, max: 40 }),
});

type Mutation = typeof mutation extends fc.Arbitrary<infer M> ? M : never;

function mutate(bytes: Uint8Array, mutations: readonly Mutation[]): Uint8Array<ArrayBuffer> {
  let b = Array.from(bytes);
  for (const m of mutations) {
    const at = b.length === 0 ? 0 : m.at % b.length;
    switch (m.op) {
      case 'quote':
        b.splice(at, 0, 0x22);
        break;
      case 'delete':
        b.splice(at, m.length);
        break;
      case 'insert':
        b.splice(at, 0, ...Array.from({ length: m.length }, () => m.byte));
        break;
      case 'duplicate-line': {
        const start = b.lastIndexOf(0x0a, at) + 1;
        const nl = b.indexOf(0x0a, at);
        const end = nl < 0 ? b.length : nl + 1;
        b.splice(end, 0, ...b.slice(start, end));
        break;
      }
      case 'cr':
        b.splice(at, 0, 0x0d);
        break;
      case 'crlf':
        b = b.flatMap((x) => (x === 0x0a ? [0x0d, 0x0a] : [x]));
        break;
      case 'cut':
        b = b.slice(0, at);
        break;
      case 'bom':
        b.unshift(0xef, 0xbb, 0xbf);
        break;
    }
  }
  return new Uint8Array(b);
}

/** The first `lines` lines of a shared file. */
function headOf(file: string, lines: number): Uint8Array {
  const text = fs.readFileSync(sharedPath(file), 'utf8');
  return new TextEncoder().encode(text.split('\n').slice(0, lines).join('\n') + '\n');
}

/** The first `count` features of a shared GeoJSON. */
function featuresOf(file: string, count: number): Uint8Array {
  const fc0 = JSON.parse(fs.readFileSync(sharedPath(file), 'utf8')) as { features: unknown[] };
  const text = JSON.stringify({ ...fc0, features: fc0.features.slice(0, count) }, null, 1);
  return new TextEncoder().encode(text);
}

describeShared('readers on mutated real files', () => {
  const cases: [string, FileKind | undefined, () => Uint8Array][] = [
    [
      'population (INSEE comparateur extract)',
      'population',
      () => headOf('population/insee-comparateur-2024-extrait-12dep.csv', 120),
    ],
    [
      'FINESS hospitals (GISCO GeoJSON, 15 features)',
      undefined,
      () => featuresOf('finess/hopitaux-gisco-2020-zones-50-01.geojson', 15),
    ],
    [
      'Annuaire Santé (real header, rows written from it)',
      'professionals',
      () => {
        const header = fs
          .readFileSync(
            sharedPath('rpps/formats/PS_LibreAcces_Personne_activite.header.txt'),
            'utf8',
          )
          .split(/\r?\n/)[0];
        const width = (header ?? '').split('|').length;
        const row = Array.from({ length: width }, (_, i) => (i === 2 ? '810000000001' : 'x'));
        return new TextEncoder().encode(`${header}\n${row.join('|')}\n${row.join('|')}\n`);
      },
    ],
    [
      'commune contours (Manche, 12 features)',
      undefined,
      () => featuresOf('geo/communes-cog2026/communes-50.geojson', 12),
    ],
  ];

  it.each(cases)('%s: never throws, every line accounted for', async (_name, kind, read) => {
    const original = read();
    const clean = await importBroken('reel.csv', {
      bytes: new Uint8Array(original),
      ...(kind ? { options: { kind } } : {}),
    });
    // The unmutated file is read: the property below is about real content.
    expect(clean.report.keptCount + clean.report.repairedCount).toBeGreaterThan(0);
    await fc.assert(
      fc.asyncProperty(fc.array(mutation, { minLength: 1, maxLength: 5 }), async (mutations) => {
        await importBroken('reel.csv', {
          bytes: mutate(original, mutations),
          ...(kind ? { options: { kind } } : {}),
        });
      }),
      { numRuns: RUNS },
    );
  });
});
