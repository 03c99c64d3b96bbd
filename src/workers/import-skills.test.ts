import { describe, expect, it } from 'vitest';
import { isGeneralPractitioner } from '../core/territory/is-general-practitioner';
import type { ProfessionalActivity } from '../core/types';
import { importFiles, type ImportChunk } from './import-api';

const blob = (text: string) => new Blob([new TextEncoder().encode(text)]);
const ACTIVITY_HEADER =
  'Identification nationale PP|Code profession|Libellé profession|Code savoir-faire|Libellé savoir-faire|Code commune (coord. structure)|';
const SKILL_HEADER =
  'Identification nationale PP|Code profession|Code type savoir-faire|Code savoir-faire|Libellé savoir-faire|';

/** 3,000 activities without savoir-faire: every 3rd person a GP in the separate file. */
function files() {
  const activity = [ACTIVITY_HEADER];
  const skills = [SKILL_HEADER];
  for (let i = 0; i < 3000; i++) {
    const id = `8100${String(i).padStart(8, '0')}`;
    activity.push(`${id}|${i % 5 === 4 ? '60' : '10'}|Médecin|||01001|`);
    if (i % 3 === 0) skills.push(`${id}|10|S|SM54|Médecine Générale|`);
    else if (i % 3 === 1) skills.push(`${id}|10|S|SM26|Psychiatrie|`);
  }
  const gps = new Set<string>();
  for (let i = 0; i < 3000; i += 3) if (i % 5 !== 4) gps.add(`8100${String(i).padStart(8, '0')}`);
  return {
    // The savoir-faire file comes second: it must still be read before the activity slices.
    inputs: [
      {
        name: 'PS_LibreAcces_Personne_activite_202401.txt',
        blob: blob(`${activity.join('\n')}\n`),
      },
      { name: 'PS_LibreAcces_SavoirFaire_202401.txt', blob: blob(`${skills.join('\n')}\n`) },
    ],
    gps,
  };
}

describe('savoir-faire joined to a streamed activity file', () => {
  it('recognises GPs in every slice of the activity file', async () => {
    const { inputs, gps } = files();
    const chunks: ImportChunk[] = [];
    const reports = await importFiles(
      inputs,
      [],
      ['01001'],
      (c) => void chunks.push(c),
      1000,
      8192,
    );
    const streamed = chunks.filter((c) => c.kind === 'professionals' && c.fileIndex === 0);
    expect(streamed.length).toBeGreaterThan(5);
    const rows = streamed.flatMap((c) => c.rows as ProfessionalActivity[]);
    expect(rows).toHaveLength(3000);
    const found = new Set(rows.filter(isGeneralPractitioner).map((r) => r.personId));
    expect(found).toEqual(gps);
    expect(rows.find((r) => r.personId === '810000000001')?.specialtyLabel).toBe('Psychiatrie');
    expect(reports.map((r) => r.kind)).toEqual(['professionals', 'professional-skills']);
    expect(reports[1]?.rowCount).toBe(2000);
  });

  it('joins the same way when the activity file is small (not streamed)', async () => {
    const { inputs, gps } = files();
    const chunks: ImportChunk[] = [];
    await importFiles(inputs, [], ['01001'], (c) => void chunks.push(c));
    const rows = chunks
      .filter((c) => c.kind === 'professionals')
      .flatMap((c) => c.rows as ProfessionalActivity[]);
    expect(new Set(rows.filter(isGeneralPractitioner).map((r) => r.personId))).toEqual(gps);
  });
});
