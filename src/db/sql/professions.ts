/**
 * Profession groups counted by the SQL builders (people, not activity rows). Codes are the
 * Annuaire Santé `Code profession` (DOMAIN.md section 3.3); GPs use the precomputed `is_gp`
 * column (`isGeneralPractitioner` in core).
 */

/** One counted group of professionals. */
export interface ProfessionGroup {
  /** Column name prefix in query results (`gp`, `gp_per10k`). */
  readonly key: string;
  /** French label for the UI. */
  readonly label: string;
  /** SQL condition on a `professionals` row. */
  readonly condition: string;
}

/** The groups, in display order. */
export const PROFESSION_GROUPS = [
  { key: 'gp', label: 'Médecins généralistes', condition: 'is_gp' },
  { key: 'nurses', label: 'Infirmiers', condition: "profession_code = '60'" },
  { key: 'physios', label: 'Masseurs-kinésithérapeutes', condition: "profession_code = '70'" },
  { key: 'pharmacists', label: 'Pharmaciens', condition: "profession_code = '21'" },
  { key: 'midwives', label: 'Sages-femmes', condition: "profession_code = '50'" },
  { key: 'dentists', label: 'Chirurgiens-dentistes', condition: "profession_code = '40'" },
  { key: 'doctors', label: 'Médecins (toutes spécialités)', condition: "profession_code = '10'" },
] as const satisfies readonly ProfessionGroup[];

/** Key of a profession group (`gp`, `nurses`…). */
export type ProfessionKey = (typeof PROFESSION_GROUPS)[number]['key'];

/**
 * SQL select items counting distinct people per group: `count(DISTINCT person_id) FILTER (…) AS gp`…
 *
 * @param alias - Alias of the `professionals` table in the query.
 * @example
 * buildPeopleCountItemsSql('p')[0]; // => 'count(DISTINCT p.person_id) FILTER (WHERE p.is_gp) AS gp'
 */
export function buildPeopleCountItemsSql(alias: string): string[] {
  return PROFESSION_GROUPS.map(
    (g) =>
      `count(DISTINCT ${alias}.person_id) FILTER (WHERE ${qualify(g.condition, alias)}) AS ${g.key}`,
  );
}

/**
 * SQL select items with each group's count (0 when absent) and its density per 10,000
 * inhabitants (NULL when the population is NULL or 0).
 *
 * @param countAlias - Alias of the relation holding the counts.
 * @param populationSql - SQL expression of the population.
 * @example
 * buildPeopleDensityItemsSql('pe', 'p.population')[0]; // => 'coalesce(pe.gp, 0) AS gp'
 */
export function buildPeopleDensityItemsSql(countAlias: string, populationSql: string): string[] {
  const counts = PROFESSION_GROUPS.map((g) => `coalesce(${countAlias}.${g.key}, 0) AS ${g.key}`);
  const densities = PROFESSION_GROUPS.map(
    (g) =>
      `coalesce(${countAlias}.${g.key}, 0) * 10000.0 / NULLIF(${populationSql}, 0) AS ${g.key}_per10k`,
  );
  return [...counts, ...densities];
}

/** Prefixes the column names of a group condition with a table alias. */
function qualify(condition: string, alias: string): string {
  return condition.replace(/\b(is_gp|profession_code)\b/g, `${alias}.$1`);
}
