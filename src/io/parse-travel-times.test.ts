import { describe, expect, it } from 'vitest';
import { detectKind } from './detect-kind';
import { parseDataFile } from './parse-data-file';
import { parseTravelTimes } from './parse-travel-times';
import { issuesOf } from './test-helpers';

describe('parseTravelTimes', () => {
  const text =
    'origine;destination;minutes\n96001;96002;7,5\n1001;96003;12\n96001;96002;8\n96001;96004;douze\n';

  it('reads codes as strings, French decimals, repairs zeros and reports bad rows', () => {
    const r = parseTravelTimes(text, { file: 'temps.csv' });
    expect(r.rows).toEqual([
      { origin: '96001', destination: '96002', minutes: 7.5 },
      { origin: '01001', destination: '96003', minutes: 12 },
    ]);
    expect(issuesOf(r.issues, 'duplicate-pair')[0]?.row).toBe(4);
    const bad = issuesOf(r.issues, 'invalid-number')[0];
    expect(bad?.row).toBe(5);
    expect(bad?.column).toBe('minutes');
    expect(bad?.message).toMatch(/temps.*13.*|douze/);
    expect(issuesOf(r.issues, 'repaired-code')).toHaveLength(1);
  });

  it('is detected by its columns and parsed by parseDataFile', () => {
    expect(detectKind('t.csv', 'code_origine,code_destination,duree\n96001,96002,4').kind).toBe(
      'travel-times',
    );
    const parsed = parseDataFile('temps.csv', new TextEncoder().encode(text));
    expect(parsed.kind).toBe('travel-times');
    expect(parsed.rows).toHaveLength(2);
  });

  it('names the missing column', () => {
    const r = parseTravelTimes('origine;destination\n96001;96002', { file: 't.csv' });
    expect(r.issues[0]?.message).toMatch(/minutes/);
    expect(r.rows).toEqual([]);
  });
});
