import { describe, expect, it } from 'vitest';
import {
  applySavoirFaire,
  isGeneralPractitioner,
  parseAnnuaireSante,
  parseSavoirFaire,
} from './parse-annuaire-sante';
import { bySeverity, issuesOf } from './test-helpers';

/** Exact header of the 2021–2022 layout (shared/data/rpps/formats/PS_LibreAcces_Personne_activite.header.txt). */
const HEADER =
  "Type d'identifiant PP|Identifiant PP|Identification nationale PP|Code civilité d'exercice|Libellé civilité d'exercice|Code civilité|Libellé civilité|Nom d'exercice|Prénom d'exercice|Code profession|Libellé profession|Code catégorie professionnelle|Libellé catégorie professionnelle|Code type savoir-faire|Libellé type savoir-faire|Code savoir-faire|Libellé savoir-faire|Code mode exercice|Libellé mode exercice|Numéro SIRET site|Numéro SIREN site|Numéro FINESS site|Numéro FINESS établissement juridique|Identifiant technique de la structure|Raison sociale site|Enseigne commerciale site|Complément destinataire (coord. structure)|Complément point géographique (coord. structure)|Numéro Voie (coord. structure)|Indice répétition voie (coord. structure)|Code type de voie (coord. structure)|Libellé type de voie (coord. structure)|Libellé Voie (coord. structure)|Mention distribution (coord. structure)|Bureau cedex (coord. structure)|Code postal (coord. structure)|Code commune (coord. structure)|Libellé commune (coord. structure)|Code pays (coord. structure)|Libellé pays (coord. structure)|Téléphone (coord. structure)|Téléphone 2 (coord. structure)|Télécopie (coord. structure)|Adresse e-mail (coord. structure)|Code Département (structure)|Libellé Département (structure)|Ancien identifiant de la structure|Autorité d'enregistrement|Code secteur d'activité|Libellé secteur d'activité|Code section tableau pharmaciens|Libellé section tableau pharmaciens|";
const NAMES = HEADER.split('|').slice(0, -1);

/** One fictitious line: named fields, the rest empty, final `|` as in the real files. */
function line(fields: Record<string, string>): string {
  return `${NAMES.map((n) => fields[n] ?? '').join('|')}|`;
}

describe('parseAnnuaireSante', () => {
  it('reads the exact ANS header and keeps codes as strings', () => {
    const text = [
      HEADER,
      line({
        'Identification nationale PP': '810000000001',
        'Code profession': '10',
        'Libellé profession': 'Médecin',
        'Code savoir-faire': 'SM54',
        'Libellé savoir-faire': 'Médecine Générale',
        'Code mode exercice': 'L',
        'Code postal (coord. structure)': '01400',
        'Code commune (coord. structure)': '01001',
        "Code secteur d'activité": 'SA07',
        'Raison sociale site': 'CABINET "DU CENTRE"',
      }),
      line({
        'Identification nationale PP': '810000000001',
        'Code profession': '10',
        'Code commune (coord. structure)': '01004',
        'Numéro FINESS site': '010000024',
      }),
      line({
        'Identification nationale PP': '810000000002',
        'Code profession': '60',
        'Code commune (coord. structure)': '',
      }),
    ].join('\n');
    const r = parseAnnuaireSante(text, {
      file: 'PS_LibreAcces_Personne_activite_202401011200.txt',
    });
    expect(bySeverity(r.issues, 'error')).toEqual([]);
    expect(bySeverity(r.issues, 'warning')).toEqual([]);
    expect(r.rows).toHaveLength(3);
    expect(r.rows[0]).toEqual({
      personId: '810000000001',
      professionCode: '10',
      professionLabel: 'Médecin',
      specialtyCode: 'SM54',
      specialtyLabel: 'Médecine Générale',
      modeCode: 'L',
      communeCode: '01001',
      postalCode: '01400',
      finessSite: null,
      sectorCode: 'SA07',
    });
    expect(r.rows[1]).toMatchObject({ communeCode: '01004', finessSite: '010000024' });
    expect(r.rows[2]?.communeCode).toBeNull();
    expect(new Set(r.rows.map((a) => a.personId)).size).toBe(2);
  });

  it('errors on a missing required column, naming it and listing the headers', () => {
    const r = parseAnnuaireSante('Nom|Prénom|\nX|Y|', { file: 'PS.txt' });
    const errors = issuesOf(r.issues, 'missing-column');
    expect(errors.map((e) => e.column)).toEqual(['Identification nationale PP', 'Code profession']);
    expect(errors[0]?.message).toContain('Nom, Prénom');
  });

  it('reports rows without a person id with their line', () => {
    const r = parseAnnuaireSante(`${HEADER}\n${line({ 'Code profession': '10' })}`, {
      file: 'PS.txt',
    });
    expect(r.rows).toEqual([]);
    expect(issuesOf(r.issues, 'missing-value')[0]).toMatchObject({
      row: 2,
      column: 'Identification nationale PP',
    });
  });
});

describe('savoir-faire', () => {
  const sf =
    'Identification nationale PP|Code profession|Code type savoir-faire|Code savoir-faire|Libellé savoir-faire|\n' +
    '810000000001|10|CAPA|CAPA01|Gériatrie|\n' +
    '810000000001|10|S|SM54|Médecine Générale|\n';

  it('parses the separate file and joins it on the person id, ordinal specialty first', () => {
    const s = parseSavoirFaire(sf, { file: 'PS_LibreAcces_SavoirFaire.txt' });
    expect(s.rows).toHaveLength(2);
    const base = {
      personId: '810000000001',
      professionCode: '10',
      professionLabel: 'Médecin',
      specialtyCode: '',
      specialtyLabel: '',
      modeCode: 'L',
      communeCode: '01001',
      postalCode: null,
      finessSite: null,
      sectorCode: '',
    };
    const [joined] = applySavoirFaire([base], s.rows);
    expect(joined?.specialtyCode).toBe('SM54');
    expect(joined && isGeneralPractitioner(joined)).toBe(true);
  });

  it('recognises GPs by code or by label, accent- and case-insensitive', () => {
    expect(
      isGeneralPractitioner({ professionCode: '10', specialtyCode: 'SM53', specialtyLabel: '' }),
    ).toBe(true);
    expect(
      isGeneralPractitioner({
        professionCode: '10',
        specialtyCode: 'XX',
        specialtyLabel: 'Spécialiste en MEDECINE GENERALE',
      }),
    ).toBe(true);
    expect(
      isGeneralPractitioner({
        professionCode: '10',
        specialtyCode: 'SM26',
        specialtyLabel: 'Pédiatrie',
      }),
    ).toBe(false);
    expect(
      isGeneralPractitioner({ professionCode: '60', specialtyCode: 'SM54', specialtyLabel: '' }),
    ).toBe(false);
  });
});
