import { describe, expect, it } from 'vitest';
import { categoryPluralLabel, professionPluralLabel } from './directory-labels';

describe('professionPluralLabel', () => {
  it('turns the RPPS singular labels into French plurals', () => {
    expect(professionPluralLabel('Infirmier')).toBe('Infirmiers');
    expect(professionPluralLabel('Sage-Femme')).toBe('Sages-femmes');
    expect(professionPluralLabel('Masseur-Kinésithérapeute')).toBe('Masseurs-kinésithérapeutes');
    expect(professionPluralLabel('Chirurgien-Dentiste')).toBe('Chirurgiens-dentistes');
  });

  it('ignores case, accents and spacing of the directory', () => {
    expect(professionPluralLabel('MEDECIN')).toBe('Médecins');
    expect(professionPluralLabel('  masseur-kinesitherapeute ')).toBe('Masseurs-kinésithérapeutes');
  });

  it('returns an unknown label unchanged, never a guess', () => {
    expect(professionPluralLabel('Médecins généralistes')).toBe('Médecins généralistes');
    expect(professionPluralLabel('Profession inconnue')).toBe('Profession inconnue');
  });
});

describe('categoryPluralLabel', () => {
  it('expands the abbreviated FINESS categories into plurals', () => {
    expect(categoryPluralLabel('Etab.Soins Pluridisciplinaire')).toBe(
      'Établissements de soins pluridisciplinaires',
    );
    expect(categoryPluralLabel('Centre de Santé')).toBe('Centres de santé');
    expect(categoryPluralLabel('E.H.P.A.D.')).toBe('EHPAD');
    expect(categoryPluralLabel('Centre Hospitalier (C.H.)')).toBe('Centres hospitaliers (CH)');
  });

  it('has a plural for every category label of the GISCO hospital files', () => {
    const labels = [
      'Centre Hospitalier (C.H.)',
      'Centre hospitalier, ex Hôpital local',
      'Centre Hospitalier Régional (C.H.R.)',
      'Centre Hospitalier Spécialisé lutte Maladies Mentales',
      'Centre de Lutte Contre Cancer',
      'Etablissement de Soins Pluridisciplinaire',
      'Etablissement de Soins Chirurgicaux',
      'Etablissement de Soins Médicaux',
      'Etablissement Soins Obstétriques Chirurgico-Gynécologiques',
      'Etablissement de santé privé autorisé en SSR',
      'Etablissement de Soins Longue Durée',
    ];
    for (const label of labels) expect(categoryPluralLabel(label)).not.toBe(label);
    expect(categoryPluralLabel('Etablissement de Soins Longue Durée')).toBe(
      'Établissements de soins de longue durée',
    );
  });

  it('returns an unknown category unchanged', () => {
    expect(categoryPluralLabel('Catégorie nouvelle')).toBe('Catégorie nouvelle');
  });
});
