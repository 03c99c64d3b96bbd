import { describe, expect, it } from 'vitest';
import { establishmentFamily } from './establishment-family';

describe('establishmentFamily', () => {
  it('reads the family from the FINESS category code', () => {
    expect(establishmentFamily('355')).toBe('hopital');
    expect(establishmentFamily(' 101 ')).toBe('hopital');
    expect(establishmentFamily('365')).toBe('clinique');
    expect(establishmentFamily('603')).toBe('premier_recours');
    expect(establishmentFamily('500')).toBe('medico_social');
    expect(establishmentFamily('620')).toBe('autre');
  });

  it('lets a known code win over a contradicting label', () => {
    expect(establishmentFamily('500', 'Centre Hospitalier (C.H.)')).toBe('medico_social');
  });

  it.each([
    ['Centre Hospitalier (C.H.)', 'hopital'],
    ['Centre hospitalier, ex Hôpital local', 'hopital'],
    ['Centre Hospitalier Régional (C.H.R.)', 'hopital'],
    ['Centre Hospitalier Spécialisé lutte Maladies Mentales', 'hopital'],
    ['CENTRE HOSPITALIER UNIVERSITAIRE', 'hopital'],
    ['CHU', 'hopital'],
    ['Hôpital des armées', 'hopital'],
    ['Centre de Lutte Contre Cancer', 'hopital'],
    ['Clinique du Val', 'clinique'],
    ['Polyclinique', 'clinique'],
    ['Etablissement de Soins Pluridisciplinaire', 'clinique'],
    ['Etablissement de Soins Chirurgicaux', 'clinique'],
    ['Etablissement de Soins Médicaux', 'clinique'],
    ['Etablissement Soins Obstétriques Chirurgico-Gynécologiques', 'clinique'],
    ['Etablissement de santé privé autorisé en SSR', 'clinique'],
    ['Maison de Santé pour Maladies Mentales', 'clinique'],
    ['Maison de santé (L.6223-3)', 'premier_recours'],
    ['Maison de santé pluriprofessionnelle', 'premier_recours'],
    ['Centre de Santé', 'premier_recours'],
    ['centre de sante polyvalent', 'premier_recours'],
    ['EHPAD', 'medico_social'],
    ["Etablissement d'hébergement pour personnes âgées dépendantes", 'medico_social'],
    ['Etablissement d’hébergement pour personnes âgées dépendantes', 'medico_social'],
    ['Etablissement de Soins Longue Durée', 'medico_social'],
    ['Service de Soins Infirmiers A Domicile', 'medico_social'],
    ['Service autonomie aide et soins (SAAS)', 'medico_social'],
    ["Pharmacie d'Officine", 'autre'],
    ['Hospitalisation à domicile', 'autre'],
    ['Syndicat Inter Hospitalier (S.I.H.)', 'autre'],
    ['Établissement et Service de Réadaptation Professionnelle', 'autre'],
    ['Centre de santé sexuelle', 'autre'],
    ['', 'autre'],
  ])('reads « %s » as %s when the code is empty or unknown', (label, family) => {
    expect(establishmentFamily('', label)).toBe(family);
    expect(establishmentFamily('999', label)).toBe(family);
  });
});
