/**
 * Property tests (fast-check) of the readers: whatever bytes a user brings, the import never
 * throws and every line is accounted for (read = kept + repaired + rejected, each rejection named
 * at its line); a stray quote rejects exactly its own line, wherever it falls, in whole files and
 * in streamed chunks. Run counts are kept small (2-core machines); a failure prints its seed.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { FileKind } from '../../src/io';
import { splitCsvRecords } from '../../src/io/csv-records';
import { expectAccounted, importBroken, rejectedLines } from './broken-files.helpers';

const RUNS = 40;

/** Kinds read from delimited text, each with the header of a valid file. */
const HEADERS: [FileKind, string][] = [
  ['population', 'CODGEO;P21_POP'],
  ['stays', 'code_geo;finess;nb_sejours'],
  ['establishments', 'nofinesset;nofinessej;rs;cog;categetab;libcategetab'],
  ['perimeters', 'Département;Code INSEE;Libellé commune;CPTS'],
  [
    'professionals',
    "Type d'identifiant PP|Identifiant PP|Identification nationale PP|Code profession|Code commune (coord. structure)|",
  ],
];

/** Text made of the characters that break delimited files. */
const hostileText = fc
  .array(
    fc.constantFrom(
      ';',
      '|',
      ',',
      '\t',
      '"',
      '\n',
      '\r',
      '\r\n',
      ' ',
      '0',
      '1',
      '5',
      '9',
      'A',
      'é',
      '<',
      '-',
      '.',
    ),
    { maxLength: 400 },
  )
  .map((parts) => parts.join(''));

describe('every reader, on random bytes and hostile text', () => {
  it.each(HEADERS)('%s: never throws, every line accounted for', async (kind, header) => {
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          fc.uint8Array({ maxLength: 600 }),
          hostileText.map((t) => new TextEncoder().encode(`${header}\n${t}`)),
        ),
        async (bytes) => {
          await importBroken('aleatoire.csv', {
            bytes: new Uint8Array(bytes),
            options: { kind },
          });
        },
      ),
      { numRuns: RUNS },
    );
  });

  it('detection alone (no kind chosen): never throws, every line accounted for', async () => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 600 }), async (bytes) => {
        await importBroken('aleatoire.csv', { bytes: new Uint8Array(bytes) });
      }),
      { numRuns: RUNS },
    );
  });
});

/** A valid PMSI table of `n` rows whose lines `broken` get an unclosed quote. */
function pmsiWithStrayQuotes(n: number, broken: ReadonlySet<number>): string {
  const lines = ['code_geo;finess;nb_sejours'];
  for (let line = 2; line <= n + 1; line++) {
    const zone = `50${String(line % 1000).padStart(3, '0')}`;
    lines.push(broken.has(line) ? `${zone};"500000013;${line}` : `${zone};500000013;${line}`);
  }
  return `${lines.join('\n')}\n`;
}

describe('a stray quote rejects exactly its own line', () => {
  const table = fc.integer({ min: 1, max: 300 }).chain((n) =>
    fc.record({
      n: fc.constant(n),
      broken: fc.uniqueArray(fc.integer({ min: 2, max: n + 1 }), { maxLength: 6 }),
      chunkBytes: fc.integer({ min: 64, max: 4096 }),
    }),
  );

  it('splitter: the rejected lines are the quoted ones, the others come through intact', () => {
    fc.assert(
      fc.property(table, ({ n, broken }) => {
        const text = pmsiWithStrayQuotes(n, new Set(broken));
        const r = splitCsvRecords(text, ';');
        expect(r.broken.map((b) => b.line)).toEqual([...broken].sort((a, b) => a - b));
        expect(r.cells.length).toBe(n + 1 - broken.length);
        r.lines.forEach((line, i) => {
          if (line > 1) expect(r.cells[i]?.[2]).toBe(String(line));
        });
      }),
      { numRuns: 200 },
    );
  });

  it('import, whole and streamed in small chunks: same lines rejected, same rows kept', async () => {
    await fc.assert(
      fc.asyncProperty(table, async ({ n, broken, chunkBytes }) => {
        const bytes = new TextEncoder().encode(pmsiWithStrayQuotes(n, new Set(broken)));
        const expected = [...broken].sort((a, b) => a - b);
        for (const streamThresholdBytes of [Infinity, 0]) {
          const { report, chunks } = await importBroken('pmsi.csv', {
            bytes,
            streamThresholdBytes,
            chunkBytes,
          });
          expect(rejectedLines(report)).toEqual(expected);
          expect([report.rowCount, report.keptCount, report.rejectedCount]).toEqual([
            n,
            n - broken.length,
            broken.length,
          ]);
          expect(chunks.reduce((s, c) => s + c.rows.length, 0)).toBe(n - broken.length);
          expectAccounted(report);
        }
      }),
      { numRuns: 25 },
    );
  });
});
