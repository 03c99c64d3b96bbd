import { describe, expect, it } from 'vitest';
import { isGeneralPractitioner } from './is-general-practitioner';

const doctor = (specialtyCode: string, specialtyLabel: string, professionCode = '10') => ({
  professionCode,
  specialtyCode,
  specialtyLabel,
});

describe('isGeneralPractitioner', () => {
  it('recognises the savoir-faire codes SM53 and SM54', () => {
    expect(isGeneralPractitioner(doctor('SM53', ''))).toBe(true);
    expect(isGeneralPractitioner(doctor('sm54 ', ''))).toBe(true);
  });

  it('recognises the label without accents, case or hyphens', () => {
    expect(isGeneralPractitioner(doctor('', 'Qualifié en Médecine Générale'))).toBe(true);
    expect(isGeneralPractitioner(doctor('', 'MEDECINE-GENERALE'))).toBe(true);
    expect(isGeneralPractitioner(doctor('', 'médecine  générale'))).toBe(true);
  });

  it('rejects other specialties and other professions', () => {
    expect(isGeneralPractitioner(doctor('SM42', 'Psychiatrie'))).toBe(false);
    expect(isGeneralPractitioner(doctor('', ''))).toBe(false);
    expect(isGeneralPractitioner(doctor('SM54', 'Médecine générale', '60'))).toBe(false);
  });
});
